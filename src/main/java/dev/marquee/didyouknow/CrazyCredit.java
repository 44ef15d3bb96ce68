package dev.marquee.didyouknow;

import dev.marquee.film.Film;
import dev.marquee.section.SectionItem;
import dev.marquee.support.jpa.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "crazy_credit")
class CrazyCredit extends BaseEntity implements SectionItem<CrazyCreditInput> {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "film_id")
	private Film film;

	@Column(nullable = false)
	private String text;

	protected CrazyCredit() {
		// for JPA
	}

	CrazyCredit(Film film, CrazyCreditInput input) {
		this.film = film;
		replace(input);
	}

	@Override
	public void replace(CrazyCreditInput input) {
		this.text = input.text();
	}

	@Override
	public CrazyCreditInput toInput() {
		return new CrazyCreditInput(this.text);
	}

}
