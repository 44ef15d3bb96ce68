package dev.marquee.storyline;

import java.util.Optional;

import dev.marquee.film.Film;
import dev.marquee.section.SectionDescriptor;
import dev.marquee.section.SectionItemStore;
import dev.marquee.section.SectionQuery;
import dev.marquee.support.web.PageView;

import org.springframework.stereotype.Component;

@Component
class CertificationItems extends SectionItemStore<Certification, CertificationInput, CertificationItem> {

	private static final SectionDescriptor SECTION = SectionDescriptor
		.of("certifications", "Certification", "certification", "certifications", CertificationInput.class,
				CertificationItem.class)
		.listed("The film's certificates per country (US PG-13) and kind of release, in the order given (a new "
				+ "one goes last), paged by cursor: follow next, or send after=nextCursor.");

	private final CertificationRepository repository;

	private final CertificationRows rows;

	CertificationItems(CertificationRepository repository, CertificationRows rows) {
		super(SECTION, repository, rows);
		this.rows = rows;
		this.repository = repository;
	}

	@Override
	protected PageView<CertificationItem> page(long filmId, SectionQuery query) {
		return this.rows.page(filmId, query);
	}

	@Override
	protected Optional<Certification> find(Film film, long itemId) {
		return this.repository.findItem(film, itemId);
	}

	@Override
	protected Certification create(Film film, CertificationInput input) {
		return new Certification(film, input);
	}

}
