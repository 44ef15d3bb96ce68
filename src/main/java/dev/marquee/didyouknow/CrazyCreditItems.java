package dev.marquee.didyouknow;

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
class CrazyCreditItems extends SectionItemStore<CrazyCredit, CrazyCreditInput, CrazyCreditItem> {

	private static final SectionDescriptor SECTION = SectionDescriptor
		.of("crazy-credits", "CrazyCredit", "crazy credit", "crazy credits", CrazyCreditInput.class,
				CrazyCreditItem.class)
		.listed("Unusual things in the film's credits or title cards, oldest entry first, paged by cursor: "
				+ "follow next, or send after=nextCursor.");

	private final CrazyCreditRepository repository;

	private final DidYouKnow didYouKnow;

	CrazyCreditItems(CrazyCreditRepository repository, DidYouKnow didYouKnow) {
		super(SECTION, repository);
		this.didYouKnow = didYouKnow;
		this.repository = repository;
	}

	@Override
	protected PageView<CrazyCreditItem> page(ResourceId film, SectionQuery query) {
		return this.didYouKnow.crazyCreditPage(film, query.size(), query.after());
	}

	@Override
	protected Optional<CrazyCredit> find(Film film, long itemId) {
		return this.repository.findItem(film, itemId);
	}

	@Override
	protected Optional<VersionedItem<CrazyCreditItem>> read(Film film, long itemId) {
		return find(film, itemId).map((item) -> versioned(item, item.toView(), List.of()));
	}

	@Override
	protected CrazyCredit create(Film film, CrazyCreditInput input) {
		return new CrazyCredit(film, input);
	}

}
