/**
 * Search across films (titles and alternate titles) and people (names), tolerant of case,
 * accents and typos, and search-as-you-type for films. Matching and ranking happen in
 * PostgreSQL (pg_trgm on the folded text that the film, alternate title and person tables
 * store in generated columns, each with a byte-order btree and a GiST trigram index);
 * this package only reads those tables.
 */
@NullMarked
package dev.marquee.search;

import org.jspecify.annotations.NullMarked;
