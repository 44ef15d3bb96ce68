package dev.marquee.films;

import dev.marquee.film.Film;
import dev.marquee.film.Films;
import dev.marquee.support.web.ConflictException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates a film from its own fields ({@code POST /api/v1/films}), never a second film
 * with an IMDb id that is taken.
 */
@Service
class FilmCreation {

	private final Films films;

	private final JdbcTemplate jdbc;

	FilmCreation(Films films, JdbcTemplate jdbc) {
		this.films = films;
		this.jdbc = jdbc;
	}

	/**
	 * Holds the same per-IMDb-id lock as the document upsert, so a create racing another
	 * create or a document PUT of the same film waits for it and then sees its film.
	 * @return the film's IMDb id
	 * @throws ConflictException when a film has this IMDb id
	 */
	@Transactional
	String create(NewFilm input) {
		this.jdbc.queryForList("select pg_advisory_xact_lock(?, hashtext(?))", FilmDocuments.LOCK_CLASS,
				input.imdbId());
		this.films.findByImdbId(input.imdbId()).ifPresent((existing) -> {
			throw ConflictException.taken("a film with IMDb id " + input.imdbId(), "/api/v1/films/" + input.imdbId());
		});
		Film film = new Film(input.imdbId(), input.title(), input.type());
		input.fields().applyTo(film);
		film = this.films.save(film);
		return film.getImdbId();
	}

}
