package dev.marquee.company;

import java.util.Optional;

import dev.marquee.film.Film;
import dev.marquee.section.SectionDescriptor;
import dev.marquee.section.SectionItemStore;
import dev.marquee.section.SectionOperation;
import dev.marquee.section.SectionQuery;
import dev.marquee.support.web.PageView;

import org.springframework.stereotype.Component;

/**
 * A film's company credits, one at a time. The company is matched as in a film document
 * (by {@code co} IMDb id, else exact name among companies without one, created only when
 * none matches), so a company is never duplicated. A new credit goes last in its role; a
 * credit given another role goes last in that one, and keeps its place otherwise.
 */
@Component
class CompanyCreditItems extends SectionItemStore<CompanyCredit, CompanyCreditInput, CompanyCreditItem> {

	private static final SectionDescriptor SECTION = SectionDescriptor
		.of("companies", "CompanyCredit", "company credit", "companies", CompanyCreditInput.class,
				CompanyCreditItem.class)
		.listed("The companies that produced, distributed or otherwise worked on the film, grouped by role "
				+ "(production, distribution, sales, special effects, other) in credit order, paged by "
				+ "cursor: follow next, or send after=nextCursor.")
		.noting(SectionOperation.ADD,
				"The credit goes last in its role. The company is matched by its co IMDb id, else by exact "
						+ "name among companies without one, and created only when none matches, so it is never "
						+ "duplicated.")
		.noting(SectionOperation.REPLACE,
				"A credit given another role goes last in it; the company is matched as for a new credit.")
		.noting(SectionOperation.PATCH, "A credit given another role goes last in it.")
		.noting(SectionOperation.DELETE, "The company stays.");

	private final CompanyCreditRepository repository;

	private final CompanyCreditRows rows;

	private final Companies companies;

	CompanyCreditItems(CompanyCreditRepository repository, CompanyCreditRows rows, Companies companies) {
		super(SECTION, repository, rows);
		this.companies = companies;
		this.repository = repository;
		this.rows = rows;
	}

	@Override
	protected PageView<CompanyCreditItem> page(long filmId, SectionQuery query) {
		return this.rows.page(filmId, query);
	}

	@Override
	protected Optional<CompanyCredit> find(Film film, long itemId) {
		return this.repository.findItem(film, itemId);
	}

	@Override
	protected CompanyCredit create(Film film, CompanyCreditInput input) {
		return new CompanyCredit(film, this.companies.resolve(input.company()), input.role(),
				this.repository.lastPosition(film, input.role()) + 1, input.note());
	}

	/**
	 * Looks up the company and the new place before changing the credit, so that the
	 * queries do not flush a half-changed credit (which would give it two new versions).
	 */
	@Override
	protected void replace(CompanyCredit item, CompanyCreditInput input) {
		Company company = this.companies.resolve(input.company());
		boolean moved = item.getRole() != input.role();
		int position = moved ? this.repository.lastPosition(item.getFilm(), input.role()) + 1 : 0;
		item.replace(input);
		item.credit(company);
		if (moved) {
			item.place(input.role(), position);
		}
	}

}
