package dev.marquee.boxoffice;

import java.util.Optional;

import dev.marquee.film.Film;
import dev.marquee.film.Films;
import dev.marquee.support.web.ResourceId;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class BoxOffices {

	private final BoxOfficeRepository repository;

	private final Films films;

	BoxOffices(BoxOfficeRepository repository, Films films) {
		this.repository = repository;
		this.films = films;
	}

	public Optional<BoxOfficeView> forFilm(Film film) {
		return this.repository.findByFilm(film).map(BoxOffice::toView);
	}

	/**
	 * The film's box office figures.
	 * @throws BoxOfficeNotFoundException when the film has none
	 */
	BoxOfficeView require(ResourceId filmId) {
		return forFilm(this.films.require(filmId)).orElseThrow(() -> BoxOfficeNotFoundException.forFilm(filmId));
	}

	@Transactional
	public void replace(Film film, @Nullable BoxOfficeInput input) {
		this.repository.deleteByFilm(film);
		if (input != null) {
			this.repository.save(new BoxOffice(film, input));
		}
	}

}
