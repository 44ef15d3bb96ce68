package dev.marquee.didyouknow;

import java.util.Optional;

import dev.marquee.film.Film;
import dev.marquee.film.SectionItemStore;

import org.springframework.stereotype.Component;

@Component
class GoofItems extends SectionItemStore<Goof, GoofInput, GoofItem> {

	private final GoofRepository repository;

	GoofItems(GoofRepository repository) {
		super("goofs", GoofInput.class, repository);
		this.repository = repository;
	}

	@Override
	protected Optional<Goof> find(Film film, long itemId) {
		return this.repository.findItem(film, itemId);
	}

	@Override
	protected Goof create(Film film, GoofInput input) {
		return new Goof(film, input);
	}

}
