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
class TriviaItems extends SectionItemStore<Trivia, TriviaInput, TriviaItem> {

	private static final SectionDescriptor SECTION = SectionDescriptor
		.of("trivia", "Trivia", "piece of trivia", "trivia", TriviaInput.class, TriviaItem.class)
		.listed("Facts about the making of the film, oldest entry first, paged by cursor: follow next, or "
				+ "send after=nextCursor. spoilers=hide leaves out the ones that give the plot away.",
				SectionPaging.spoilers());

	private final TriviaRepository repository;

	private final TriviaRows rows;

	TriviaItems(TriviaRepository repository, TriviaRows rows) {
		super(SECTION, repository, rows);
		this.rows = rows;
		this.repository = repository;
	}

	@Override
	protected PageView<TriviaItem> page(long filmId, SectionQuery query) {
		return this.rows.page(filmId, query);
	}

	@Override
	protected Optional<Trivia> find(Film film, long itemId) {
		return this.repository.findItem(film, itemId);
	}

	@Override
	protected Trivia create(Film film, TriviaInput input) {
		return new Trivia(film, input);
	}

}
