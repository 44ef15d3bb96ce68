package dev.marquee.company;

import dev.marquee.film.Film;
import dev.marquee.section.SectionItem;
import dev.marquee.support.jpa.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "company_credit")
class CompanyCredit extends BaseEntity implements SectionItem<CompanyCreditInput> {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "film_id")
	private Film film;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "company_id")
	private Company company;

	@Column(nullable = false, length = 32)
	private CompanyRole role;

	@Column(nullable = false)
	private int position;

	private @Nullable String note;

	protected CompanyCredit() {
		// for JPA
	}

	CompanyCredit(Film film, Company company, CompanyRole role, int position, @Nullable String note) {
		this.film = film;
		this.company = company;
		this.role = role;
		this.position = position;
		this.note = note;
	}

	/**
	 * Sets the note; the company and the place in the list are set by
	 * {@link CompanyCreditItems}, which resolves the one and numbers the other.
	 */
	@Override
	public void replace(CompanyCreditInput input) {
		this.note = input.note();
	}

	void credit(Company company) {
		this.company = company;
	}

	/**
	 * Moves the credit to the given place in the film's company list.
	 */
	void place(CompanyRole role, int position) {
		this.role = role;
		this.position = position;
	}

	@Override
	public CompanyCreditInput toInput() {
		return new CompanyCreditInput(this.company.toRefInput(), this.role, this.note);
	}

	Film getFilm() {
		return this.film;
	}

	CompanyRole getRole() {
		return this.role;
	}

}
