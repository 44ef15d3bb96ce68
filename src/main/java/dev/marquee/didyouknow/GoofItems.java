package dev.marquee.didyouknow;

import java.util.List;
import java.util.Optional;

import dev.marquee.film.Film;
import dev.marquee.section.SectionDescriptor;
import dev.marquee.section.SectionItemStore;
import dev.marquee.section.VersionedItem;
import dev.marquee.section.SectionPaging;
import dev.marquee.section.SectionQuery;
import dev.marquee.support.web.PageView;
import dev.marquee.support.web.ResourceId;

import org.springframework.stereotype.Component;

@Component
class GoofItems extends SectionItemStore<Goof, GoofInput, GoofItem> {

	private static final SectionDescriptor SECTION = SectionDescriptor
		.of("goofs", "Goof", "goof", "goofs", GoofInput.class, GoofItem.class)
		.listed("Mistakes spotted in the film (continuity, factual errors, …), oldest entry first, paged by "
				+ "cursor: follow next, or send after=nextCursor. spoilers=hide leaves out the ones that give "
				+ "the plot away.", SectionPaging.spoilers());

	private final GoofRepository repository;

	private final DidYouKnow didYouKnow;

	GoofItems(GoofRepository repository, DidYouKnow didYouKnow) {
		super(SECTION, repository);
		this.didYouKnow = didYouKnow;
		this.repository = repository;
	}

	@Override
	protected PageView<GoofItem> page(ResourceId film, SectionQuery query) {
		return this.didYouKnow.goofPage(film, query.size(), query.after(), query.spoilerFilter());
	}

	@Override
	protected Optional<Goof> find(Film film, long itemId) {
		return this.repository.findItem(film, itemId);
	}

	@Override
	protected Optional<VersionedItem<GoofItem>> read(Film film, long itemId) {
		return find(film, itemId).map((item) -> versioned(item, item.toView(), List.of()));
	}

	@Override
	protected Goof create(Film film, GoofInput input) {
		return new Goof(film, input);
	}

}
