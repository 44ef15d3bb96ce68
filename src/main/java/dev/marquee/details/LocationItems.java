package dev.marquee.details;

import java.util.List;
import java.util.Optional;

import dev.marquee.film.Film;
import dev.marquee.section.SectionDescriptor;
import dev.marquee.section.SectionItemStore;
import dev.marquee.section.VersionedItem;
import dev.marquee.section.SectionQuery;
import dev.marquee.support.web.PageView;
import dev.marquee.support.web.ResourceId;

import org.springframework.stereotype.Component;

@Component
class LocationItems extends SectionItemStore<FilmingLocation, LocationInput, LocationItem> {

	private static final SectionDescriptor SECTION = SectionDescriptor
		.of("locations", "Location", "filming location", "filming locations", LocationInput.class, LocationItem.class)
		.listed("Where the film was shot (Griffith Observatory, …) and what was shot there, in the order "
				+ "given, paged by cursor: follow next, or send after=nextCursor.");

	private final FilmingLocationRepository repository;

	private final Details details;

	LocationItems(FilmingLocationRepository repository, Details details) {
		super(SECTION, repository);
		this.details = details;
		this.repository = repository;
	}

	@Override
	protected PageView<LocationItem> page(ResourceId film, SectionQuery query) {
		return this.details.locationPage(film, query.size(), query.after());
	}

	@Override
	protected Optional<FilmingLocation> find(Film film, long itemId) {
		return this.repository.findItem(film, itemId);
	}

	@Override
	protected Optional<VersionedItem<LocationItem>> read(Film film, long itemId) {
		return find(film, itemId).map((item) -> versioned(item, item.toView(), List.of()));
	}

	@Override
	protected FilmingLocation create(Film film, LocationInput input) {
		return new FilmingLocation(film, this.repository.lastPosition(film) + 1, input);
	}

}
