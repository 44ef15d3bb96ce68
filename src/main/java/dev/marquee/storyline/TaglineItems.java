package dev.marquee.storyline;

import java.util.Optional;

import dev.marquee.film.Film;
import dev.marquee.section.SectionDescriptor;
import dev.marquee.section.SectionItemStore;
import dev.marquee.section.SectionQuery;
import dev.marquee.support.web.PageView;

import org.springframework.stereotype.Component;

@Component
class TaglineItems extends SectionItemStore<Tagline, TaglineInput, TaglineItem> {

	private static final SectionDescriptor SECTION = SectionDescriptor
		.of("taglines", "Tagline", "tagline", "taglines", TaglineInput.class, TaglineItem.class)
		.listed("The lines the film was advertised with, in the order given (a new one goes last), paged by "
				+ "cursor: follow next, or send after=nextCursor.");

	private final TaglineRepository repository;

	private final TaglineRows rows;

	TaglineItems(TaglineRepository repository, TaglineRows rows) {
		super(SECTION, repository, rows);
		this.rows = rows;
		this.repository = repository;
	}

	@Override
	protected PageView<TaglineItem> page(long filmId, SectionQuery query) {
		return this.rows.page(filmId, query);
	}

	@Override
	protected Optional<Tagline> find(Film film, long itemId) {
		return this.repository.findItem(film, itemId);
	}

	@Override
	protected Tagline create(Film film, TaglineInput input) {
		return new Tagline(film, input);
	}

}
