package dev.marquee.didyouknow;

import java.util.Optional;

import dev.marquee.film.Film;
import dev.marquee.section.SectionDescriptor;
import dev.marquee.section.SectionItemStore;
import dev.marquee.section.SectionPaging;
import dev.marquee.section.SectionQuery;
import dev.marquee.support.web.PageView;

import org.springframework.stereotype.Component;

@Component
class GoofItems extends SectionItemStore<Goof, GoofInput, GoofItem> {

	private static final SectionDescriptor SECTION = SectionDescriptor
		.of("goofs", "Goof", "goof", "goofs", GoofInput.class, GoofItem.class)
		.listed("Mistakes spotted in the film (continuity, factual errors, …), oldest entry first, paged by "
				+ "cursor: follow next, or send after=nextCursor. spoilers=hide leaves out the ones that give "
				+ "the plot away.", SectionPaging.spoilers());

	private final GoofRepository repository;

	private final GoofRows rows;

	GoofItems(GoofRepository repository, GoofRows rows) {
		super(SECTION, repository, rows);
		this.rows = rows;
		this.repository = repository;
	}

	@Override
	protected PageView<GoofItem> page(long filmId, SectionQuery query) {
		return this.rows.page(filmId, query);
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
