package dev.marquee.award;

import java.util.ArrayList;
import java.util.List;

import dev.marquee.film.Film;
import dev.marquee.section.SectionItem;
import dev.marquee.support.jpa.BaseEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One nomination of a film at one award event. Its nominees are part of it: written with
 * it, replaced as a whole, guarded by its version.
 */
@Entity
@Table(name = "award_nomination")
class AwardNomination extends BaseEntity implements SectionItem<AwardNominationInput> {

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

	@OneToMany(mappedBy = "nomination", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position, id")
	private List<AwardNominee> nominees = new ArrayList<>();

	protected AwardNomination() {
		// for JPA
	}

	AwardNomination(Film film, AwardNominationInput input) {
		this.film = film;
		replace(input);
	}

	/**
	 * Sets every field but the nominees, which {@link AwardNominationItems} sets with
	 * their people resolved.
	 */
	@Override
	public void replace(AwardNominationInput input) {
		this.event = input.event();
		this.year = input.year();
		this.category = input.category();
		this.outcome = input.outcome();
		this.note = input.note();
	}

	/**
	 * Replaces every nominee with these, in their order.
	 */
	void nominate(List<AwardNominee> nominees) {
		this.nominees.clear();
		this.nominees.addAll(nominees);
	}

	@Override
	public AwardNominationInput toInput() {
		return new AwardNominationInput(this.event, this.year, this.category, this.outcome,
				this.nominees.stream().map(AwardNominee::toInput).toList(), this.note);
	}

}
