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

	@Override
	protected void replace(CompanyCredit item, CompanyCreditInput input) {
		item.replace(input);
		item.credit(this.companies.resolve(input.company()));
		if (item.getRole() != input.role()) {
			item.place(input.role(), this.repository.lastPosition(item.getFilm(), input.role()) + 1);
		}
	}

}
