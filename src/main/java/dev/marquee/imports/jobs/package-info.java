/**
 * Imports as HTTP jobs: {@code POST /api/v1/admin/imports} starts one (a directory the
 * server allows, or uploaded files), {@code GET} follows it. Jobs are kept in a table so
 * that the list survives restarts.
 */
@NullMarked
package dev.marquee.imports.jobs;

import org.jspecify.annotations.NullMarked;
