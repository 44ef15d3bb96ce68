package dev.marquee.details;

import java.util.Optional;

import dev.marquee.film.Film;
import dev.marquee.section.SectionDescriptor;
import dev.marquee.section.SectionItemStore;
import dev.marquee.section.SectionQuery;
import dev.marquee.support.web.PageView;

import org.springframework.stereotype.Component;

@Component
class LocationItems extends SectionItemStore<FilmingLocation, LocationInput, LocationItem> {

	private static final SectionDescriptor SECTION = SectionDescriptor
		.of("locations", "Location", "filming location", "filming locations", LocationInput.class, LocationItem.class)
		.listed("Where the film was shot (Griffith Observatory, …) and what was shot there, in the order "
				+ "given, paged by cursor: follow next, or send after=nextCursor.");

	private final FilmingLocationRepository repository;

	private final LocationRows rows;

	LocationItems(FilmingLocationRepository repository, LocationRows rows) {
		super(SECTION, repository, rows);
		this.rows = rows;
		this.repository = repository;
	}

	@Override
	protected PageView<LocationItem> page(long filmId, SectionQuery query) {
		return this.rows.page(filmId, query);
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
