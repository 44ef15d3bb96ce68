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
class ReleaseDateItems extends SectionItemStore<ReleaseDate, ReleaseDateInput, ReleaseDateItem> {

	private static final SectionDescriptor SECTION = SectionDescriptor
		.of("release-dates", "ReleaseDate", "release date", "release dates", ReleaseDateInput.class,
				ReleaseDateItem.class)
		.listed("When the film opened in each country, earliest first (festival premieres included, with a "
				+ "note), paged by cursor: follow next, or send after=nextCursor.");

	private final ReleaseDateRepository repository;

	private final Details details;

	ReleaseDateItems(ReleaseDateRepository repository, Details details) {
		super(SECTION, repository);
		this.details = details;
		this.repository = repository;
	}

	@Override
	protected PageView<ReleaseDateItem> page(ResourceId film, SectionQuery query) {
		return this.details.releaseDatePage(film, query.size(), query.after());
	}

	@Override
	protected Optional<ReleaseDate> find(Film film, long itemId) {
		return this.repository.findItem(film, itemId);
	}

	@Override
	protected Optional<VersionedItem<ReleaseDateItem>> read(Film film, long itemId) {
		return find(film, itemId).map((item) -> versioned(item, item.toView(), List.of()));
	}

	@Override
	protected ReleaseDate create(Film film, ReleaseDateInput input) {
		return new ReleaseDate(film, input);
	}

}
