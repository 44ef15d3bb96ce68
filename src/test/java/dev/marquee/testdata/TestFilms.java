package dev.marquee.testdata;

import java.util.Objects;

import dev.marquee.film.Film;
import dev.marquee.films.FilmDocuments;

/**
 * Stores the films a test needs, each under an IMDb id of its own ({@link TestIds}), and
 * answers their ids: {@code films.create(film("Alpha").year(2001))}.
 *
 * @param documents where film documents are stored
 */
public record TestFilms(FilmDocuments documents) {

	/**
	 * Stores the film and answers its ids.
	 */
	public Created create(FilmDocumentBuilder film) {
		Film stored = this.documents.upsert(film.build());
		return new Created(Objects.requireNonNull(stored.getId(), "a stored film"), stored.getImdbId());
	}

	/**
	 * A stored film's database id and IMDb id.
	 *
	 * @param id the numeric id
	 * @param imdbId the {@code tt} id
	 */
	public record Created(long id, String imdbId) {

		/**
		 * The film's resource path, {@code /api/v1/films/tt…}.
		 */
		public String uri() {
			return "/api/v1/films/" + this.imdbId;
		}

	}

}
