package dev.marquee.company;

import dev.marquee.film.Film;
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
class CompanyCredit extends BaseEntity {

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

	CompanyRole getRole() {
		return this.role;
	}

	int getPosition() {
		return this.position;
	}

	CompanyCreditItem toView() {
		return new CompanyCreditItem(getId(), this.company.toRef(), this.role, this.note);
	}

}
