package dev.marquee.didyouknow;

import java.util.Optional;

import dev.marquee.film.Film;
import dev.marquee.film.SectionItemStore;

import org.springframework.stereotype.Component;

@Component
class TriviaItems extends SectionItemStore<Trivia, TriviaInput, TriviaItem> {

	private final TriviaRepository repository;

	TriviaItems(TriviaRepository repository) {
		super("trivia", TriviaInput.class, repository);
		this.repository = repository;
	}

	@Override
	protected Optional<Trivia> find(Film film, long itemId) {
		return this.repository.findItem(film, itemId);
	}

	@Override
	protected Trivia create(Film film, TriviaInput input) {
		return new Trivia(film, input);
	}

}
