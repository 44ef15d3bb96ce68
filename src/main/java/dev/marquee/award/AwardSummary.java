package dev.marquee.award;

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
@Table(name = "award_summary")
class AwardSummary extends BaseEntity {

	@OneToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "film_id")
	private Film film;

	@Column(nullable = false)
	private int wins;

	@Column(nullable = false)
	private int nominations;

	private @Nullable String highlight;

	protected AwardSummary() {
		// for JPA
	}

	AwardSummary(Film film, AwardSummaryInput input) {
		this.film = film;
		replace(input);
	}

	void replace(AwardSummaryInput input) {
		this.wins = input.wins();
		this.nominations = input.nominations();
		this.highlight = input.highlight();
	}

}
