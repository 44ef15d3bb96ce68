/**
 * Bulk import of IMDb's public TSV datasets: files streamed through PostgreSQL COPY into
 * staging tables, validated line by line, then merged set-wise into films, people,
 * credits and alternate titles. Also a seeded generator of synthetic datasets in the same
 * format, for tests and benchmarks.
 */
@NullMarked
package dev.marquee.imports;

import org.jspecify.annotations.NullMarked;
