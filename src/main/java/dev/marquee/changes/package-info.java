/**
 * The change feed: every create, update and delete of a catalogue resource, recorded in
 * the transaction of the change ({@link dev.marquee.changes.Changes#record}) and read,
 * cursor-paged, at {@code GET /api/v1/changes}.
 */
@NullMarked
package dev.marquee.changes;

import org.jspecify.annotations.NullMarked;
