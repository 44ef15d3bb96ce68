package dev.marquee.didyouknow;

import java.util.Optional;

import dev.marquee.film.Film;
import dev.marquee.section.SectionDescriptor;
import dev.marquee.section.SectionItemStore;
import dev.marquee.section.SectionQuery;
import dev.marquee.support.web.PageView;

import org.springframework.stereotype.Component;

@Component
class CrazyCreditItems extends SectionItemStore<CrazyCredit, CrazyCreditInput, CrazyCreditItem> {

	private static final SectionDescriptor SECTION = SectionDescriptor
		.of("crazy-credits", "CrazyCredit", "crazy credit", "crazy credits", CrazyCreditInput.class,
				CrazyCreditItem.class)
		.listed("Unusual things in the film's credits or title cards, oldest entry first, paged by cursor: "
				+ "follow next, or send after=nextCursor.");

	private final CrazyCreditRepository repository;

	private final CrazyCreditRows rows;

	CrazyCreditItems(CrazyCreditRepository repository, CrazyCreditRows rows) {
		super(SECTION, repository, rows);
		this.rows = rows;
		this.repository = repository;
	}

	@Override
	protected PageView<CrazyCreditItem> page(long filmId, SectionQuery query) {
		return this.rows.page(filmId, query);
	}

	@Override
	protected Optional<CrazyCredit> find(Film film, long itemId) {
		return this.repository.findItem(film, itemId);
	}

	@Override
	protected CrazyCredit create(Film film, CrazyCreditInput input) {
		return new CrazyCredit(film, input);
	}

}
