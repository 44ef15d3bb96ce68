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
class AlternateTitleItems extends SectionItemStore<AlternateTitle, AlternateTitleInput, AlternateTitleItem> {

	private static final SectionDescriptor SECTION = SectionDescriptor
		.of("alternate-titles", "AlternateTitle", "alternate title", "alternate titles", AlternateTitleInput.class,
				AlternateTitleItem.class)
		.listed("Other titles the film is known by (AKAs such as LaLa Land), with region and language, "
				+ "oldest entry first, paged by cursor: follow next, or send after=nextCursor.");

	private final AlternateTitleRepository repository;

	private final Details details;

	AlternateTitleItems(AlternateTitleRepository repository, Details details) {
		super(SECTION, repository);
		this.details = details;
		this.repository = repository;
	}

	@Override
	protected PageView<AlternateTitleItem> page(ResourceId film, SectionQuery query) {
		return this.details.alternateTitlePage(film, query.size(), query.after());
	}

	@Override
	protected Optional<AlternateTitle> find(Film film, long itemId) {
		return this.repository.findItem(film, itemId);
	}

	@Override
	protected Optional<VersionedItem<AlternateTitleItem>> read(Film film, long itemId) {
		return find(film, itemId).map((item) -> versioned(item, item.toView(), List.of()));
	}

	@Override
	protected AlternateTitle create(Film film, AlternateTitleInput input) {
		return new AlternateTitle(film, input);
	}

}
