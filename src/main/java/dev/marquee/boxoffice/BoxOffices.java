package dev.marquee.boxoffice;

import java.util.Optional;

import dev.marquee.film.Film;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class BoxOffices {

	private final BoxOfficeRepository repository;

	BoxOffices(BoxOfficeRepository repository) {
		this.repository = repository;
	}

	public Optional<BoxOfficeView> forFilm(Film film) {
		return this.repository.findByFilm(film).map(BoxOffice::toView);
	}

	@Transactional
	public void replace(Film film, @Nullable BoxOfficeInput input) {
		this.repository.deleteByFilm(film);
		if (input != null) {
			this.repository.save(new BoxOffice(film, input));
		}
	}

}
