package dev.marquee.details;

import java.util.Optional;

import dev.marquee.film.Film;
import dev.marquee.film.SectionItemStore;

import org.springframework.stereotype.Component;

@Component
class LocationItems extends SectionItemStore<FilmingLocation, LocationInput, LocationItem> {

	private final FilmingLocationRepository repository;

	LocationItems(FilmingLocationRepository repository) {
		super("locations", LocationInput.class, repository);
		this.repository = repository;
	}

	@Override
	protected Optional<FilmingLocation> find(Film film, long itemId) {
		return this.repository.findItem(film, itemId);
	}

	@Override
	protected FilmingLocation create(Film film, LocationInput input) {
		return new FilmingLocation(film, this.repository.lastPosition(film) + 1, input);
	}

}
