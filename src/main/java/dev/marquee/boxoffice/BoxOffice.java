package dev.marquee.boxoffice;

import java.math.BigDecimal;
import java.time.LocalDate;

import dev.marquee.film.Film;
import dev.marquee.support.jpa.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "box_office")
class BoxOffice extends BaseEntity {

	@OneToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "film_id")
	private Film film;

	private @Nullable BigDecimal budgetAmount;

	@Column(length = 3)
	private @Nullable String budgetCurrency;

	@Column(nullable = false)
	private boolean budgetEstimated;

	private @Nullable BigDecimal grossDomesticAmount;

	@Column(length = 3)
	private @Nullable String grossDomesticCurrency;

	private @Nullable BigDecimal openingWeekendDomesticAmount;

	@Column(length = 3)
	private @Nullable String openingWeekendDomesticCurrency;

	private @Nullable LocalDate openingWeekendDate;

	private @Nullable BigDecimal grossWorldwideAmount;

	@Column(length = 3)
	private @Nullable String grossWorldwideCurrency;

	protected BoxOffice() {
		// for JPA
	}

	BoxOffice(Film film, BoxOfficeInput input) {
		this.film = film;
		replace(input);
	}

	void replace(BoxOfficeInput input) {
		this.budgetAmount = amount(input.budget());
		this.budgetCurrency = currency(input.budget());
		this.budgetEstimated = input.budgetEstimated();
		this.grossDomesticAmount = amount(input.grossDomestic());
		this.grossDomesticCurrency = currency(input.grossDomestic());
		this.openingWeekendDomesticAmount = amount(input.openingWeekendDomestic());
		this.openingWeekendDomesticCurrency = currency(input.openingWeekendDomestic());
		this.openingWeekendDate = input.openingWeekendDate();
		this.grossWorldwideAmount = amount(input.grossWorldwide());
		this.grossWorldwideCurrency = currency(input.grossWorldwide());
	}

	BoxOfficeInput toInput() {
		return new BoxOfficeInput(Money.of(this.budgetAmount, this.budgetCurrency), this.budgetEstimated,
				Money.of(this.grossDomesticAmount, this.grossDomesticCurrency),
				Money.of(this.openingWeekendDomesticAmount, this.openingWeekendDomesticCurrency),
				this.openingWeekendDate, Money.of(this.grossWorldwideAmount, this.grossWorldwideCurrency));
	}

	private static @Nullable BigDecimal amount(@Nullable Money money) {
		return (money != null) ? money.amount() : null;
	}

	private static @Nullable String currency(@Nullable Money money) {
		return (money != null) ? money.currency() : null;
	}

}
