/**
 * Search across films (titles, original and alternate titles) and people (names),
 * tolerant of case, accents, punctuation, word order and typos, and search-as-you-type
 * for films. Matching and ranking run on an embedded Lucene index ({@link SearchIndex})
 * that each instance derives from PostgreSQL and keeps in step with it through the
 * {@code search_outbox} that triggers write in every writing transaction
 * (V200__search_outbox.sql); {@link Search} asks it in tiers and ranks the candidates by
 * {@link Closeness}, then popularity.
 */
@NullMarked
package dev.marquee.search;

import org.jspecify.annotations.NullMarked;
