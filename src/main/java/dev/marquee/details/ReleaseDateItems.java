package dev.marquee.details;

import java.util.Optional;

import dev.marquee.film.Film;
import dev.marquee.section.SectionDescriptor;
import dev.marquee.section.SectionItemStore;
import dev.marquee.section.SectionQuery;
import dev.marquee.support.web.PageView;

import org.springframework.stereotype.Component;

@Component
class ReleaseDateItems extends SectionItemStore<ReleaseDate, ReleaseDateInput, ReleaseDateItem> {

	private static final SectionDescriptor SECTION = SectionDescriptor
		.of("release-dates", "ReleaseDate", "release date", "release dates", ReleaseDateInput.class,
				ReleaseDateItem.class)
		.listed("When the film opened in each country, earliest first (festival premieres included, with a "
				+ "note), paged by cursor: follow next, or send after=nextCursor.");

	private final ReleaseDateRepository repository;

	private final ReleaseDateRows rows;

	ReleaseDateItems(ReleaseDateRepository repository, ReleaseDateRows rows) {
		super(SECTION, repository, rows);
		this.rows = rows;
		this.repository = repository;
	}

	@Override
	protected PageView<ReleaseDateItem> page(long filmId, SectionQuery query) {
		return this.rows.page(filmId, query);
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
