package dev.marquee.films;

/**
 * What a document write did: the film's IMDb id, its new version, and whether it was
 * created.
 */
public record StoredFilm(String imdbId, long version, boolean created) {
}
