/**
 * Search across films (titles and alternate titles) and people (names), tolerant of case,
 * accents and typos, and search-as-you-type for films. Matching and ranking happen in
 * PostgreSQL (pg_trgm on {@code marquee_fold}, with the trigram indexes of the film,
 * alternate title and person tables); this package only reads those tables.
 */
@NullMarked
package dev.marquee.search;

import org.jspecify.annotations.NullMarked;
