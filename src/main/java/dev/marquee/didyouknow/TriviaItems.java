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
class TriviaItems extends SectionItemStore<Trivia, TriviaInput, TriviaItem> {

	private static final SectionDescriptor SECTION = SectionDescriptor
		.of("trivia", "Trivia", "piece of trivia", "trivia", TriviaInput.class, TriviaItem.class)
		.listed("Facts about the making of the film, oldest entry first, paged by cursor: follow next, or "
				+ "send after=nextCursor. spoilers=hide leaves out the ones that give the plot away.",
				SectionPaging.spoilers());

	private final TriviaRepository repository;

	private final DidYouKnow didYouKnow;

	TriviaItems(TriviaRepository repository, DidYouKnow didYouKnow) {
		super(SECTION, repository);
		this.didYouKnow = didYouKnow;
		this.repository = repository;
	}

	@Override
	protected PageView<TriviaItem> page(ResourceId film, SectionQuery query) {
		return this.didYouKnow.triviaPage(film, query.size(), query.after(), query.spoilerFilter());
	}

	@Override
	protected Optional<Trivia> find(Film film, long itemId) {
		return this.repository.findItem(film, itemId);
	}

	@Override
	protected Optional<VersionedItem<TriviaItem>> read(Film film, long itemId) {
		return find(film, itemId).map((item) -> versioned(item, item.toView(), List.of()));
	}

	@Override
	protected Trivia create(Film film, TriviaInput input) {
		return new Trivia(film, input);
	}

}
