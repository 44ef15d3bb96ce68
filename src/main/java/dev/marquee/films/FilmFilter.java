package dev.marquee.films;

import dev.marquee.film.FilmType;

import org.jspecify.annotations.Nullable;

/**
 * The filters of a film listing, already checked; {@code null} means "any".
 */
record FilmFilter(@Nullable String q, @Nullable String genre, @Nullable FilmType type, @Nullable Integer year,
		@Nullable Integer yearFrom, @Nullable Integer yearTo, @Nullable Long personId, @Nullable String personImdbId,
		@Nullable String country, @Nullable String language, @Nullable Integer tmdbId, @Nullable String wikidataId,
		@Nullable String keyword) {
}
