package dev.marquee.award;

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
@Table(name = "award_nomination")
class AwardNomination extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "film_id")
	private Film film;

	@Column(nullable = false)
	private String event;

	@Column(nullable = false)
	private int year;

	@Column(nullable = false)
	private String category;

	@Column(nullable = false, length = 16)
	private Outcome outcome;

	private @Nullable String note;

	protected AwardNomination() {
		// for JPA
	}

	AwardNomination(Film film, AwardNominationInput input) {
		this.film = film;
		this.event = input.event();
		this.year = input.year();
		this.category = input.category();
		this.outcome = input.outcome();
		this.note = input.note();
	}

	AwardNominationItem toView(java.util.List<Nominee> nominees) {
		return new AwardNominationItem(getId(), this.event, this.year, this.category, this.outcome, nominees,
				this.note);
	}

}
