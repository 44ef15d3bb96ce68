package dev.marquee.details;

import java.util.Optional;

import dev.marquee.film.Film;
import dev.marquee.section.SectionDescriptor;
import dev.marquee.section.SectionItemStore;
import dev.marquee.section.SectionQuery;
import dev.marquee.support.web.PageView;

import org.springframework.stereotype.Component;

@Component
class AlternateTitleItems extends SectionItemStore<AlternateTitle, AlternateTitleInput, AlternateTitleItem> {

	private static final SectionDescriptor SECTION = SectionDescriptor
		.of("alternate-titles", "AlternateTitle", "alternate title", "alternate titles", AlternateTitleInput.class,
				AlternateTitleItem.class)
		.listed("Other titles the film is known by (AKAs such as LaLa Land), with region and language, "
				+ "oldest entry first, paged by cursor: follow next, or send after=nextCursor.");

	private final AlternateTitleRepository repository;

	private final AlternateTitleRows rows;

	AlternateTitleItems(AlternateTitleRepository repository, AlternateTitleRows rows) {
		super(SECTION, repository, rows);
		this.rows = rows;
		this.repository = repository;
	}

	@Override
	protected PageView<AlternateTitleItem> page(long filmId, SectionQuery query) {
		return this.rows.page(filmId, query);
	}

	@Override
	protected Optional<AlternateTitle> find(Film film, long itemId) {
		return this.repository.findItem(film, itemId);
	}

	@Override
	protected AlternateTitle create(Film film, AlternateTitleInput input) {
		return new AlternateTitle(film, input);
	}

}
