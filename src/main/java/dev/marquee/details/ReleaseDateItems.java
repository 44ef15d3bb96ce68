package dev.marquee.details;

import java.util.Optional;

import dev.marquee.film.Film;
import dev.marquee.film.SectionItemStore;

import org.springframework.stereotype.Component;

@Component
class ReleaseDateItems extends SectionItemStore<ReleaseDate, ReleaseDateInput, ReleaseDateItem> {

	private final ReleaseDateRepository repository;

	ReleaseDateItems(ReleaseDateRepository repository) {
		super("release-dates", ReleaseDateInput.class, repository);
		this.repository = repository;
	}

	@Override
	protected Optional<ReleaseDate> find(Film film, long itemId) {
		return this.repository.findItem(film, itemId);
	}

	@Override
	protected ReleaseDate create(Film film, ReleaseDateInput input) {
		return new ReleaseDate(film, input);
	}

}
