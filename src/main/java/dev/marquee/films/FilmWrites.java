package dev.marquee.films;

import dev.marquee.film.Film;
import dev.marquee.film.Films;
import dev.marquee.support.web.MergePatches;
import dev.marquee.support.web.Preconditions;
import dev.marquee.support.web.ResourceId;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to a film's own fields, and its deletion; both only against the version the
 * caller read ({@code If-Match}).
 */
@Service
class FilmWrites {

	private final Films films;

	private final MergePatches patches;

	FilmWrites(Films films, MergePatches patches) {
		this.films = films;
		this.patches = patches;
	}

	/**
	 * Applies a merge patch to the film's own fields and gives it a new version; the
	 * change feed records the update.
	 * @return the film's IMDb id
	 */
	@Transactional
	String patch(ResourceId id, JsonNode patch, Preconditions preconditions) {
		Film film = this.films.require(id);
		preconditions.require(film.getVersion(), "film " + film.getImdbId());
		this.patches.apply(FilmFields.of(film), patch, FilmFields.class).applyTo(film);
		this.films.touch(this.films.save(film));
		return film.getImdbId();
	}

	/**
	 * Deletes the film with every section of it, not the people and companies it credits.
	 */
	@Transactional
	void delete(ResourceId id, Preconditions preconditions) {
		Film film = this.films.require(id);
		preconditions.require(film.getVersion(), "film " + film.getImdbId());
		this.films.delete(film);
	}

}
