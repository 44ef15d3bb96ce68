package dev.marquee.company;

import java.util.Optional;

import dev.marquee.film.Film;
import dev.marquee.film.SectionItemStore;

import org.springframework.stereotype.Component;

/**
 * A film's company credits, one at a time. The company is matched as in a film document
 * (by {@code co} IMDb id, else exact name among companies without one, created only when
 * none matches), so a company is never duplicated. A new credit goes last in its role; a
 * credit given another role goes last in that one, and keeps its place otherwise.
 */
@Component
class CompanyCreditItems extends SectionItemStore<CompanyCredit, CompanyCreditInput, CompanyCreditItem> {

	private final CompanyCreditRepository repository;

	private final Companies companies;

	CompanyCreditItems(CompanyCreditRepository repository, Companies companies) {
		super("companies", CompanyCreditInput.class, repository);
		this.repository = repository;
		this.companies = companies;
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
