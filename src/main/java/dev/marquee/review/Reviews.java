package dev.marquee.review;

import java.util.List;

import dev.marquee.film.Film;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class Reviews {

	private final ReviewRepository repository;

	Reviews(ReviewRepository repository) {
		this.repository = repository;
	}

	@Transactional
	public void replace(Film film, List<ReviewInput> inputs) {
		this.repository.deleteByFilm(film);
		this.repository.saveAll(inputs.stream().map((input) -> new Review(film, input)).toList());
	}

}
