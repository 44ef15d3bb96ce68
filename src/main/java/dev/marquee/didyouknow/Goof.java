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
@Table(name = "goof")
class Goof extends BaseEntity implements SectionItem<GoofInput> {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "film_id")
	private Film film;

	@Column(nullable = false, length = 32)
	private GoofCategory category;

	@Column(nullable = false)
	private String text;

	@Column(nullable = false)
	private boolean spoiler;

	protected Goof() {
		// for JPA
	}

	Goof(Film film, GoofInput input) {
		this.film = film;
		replace(input);
	}

	@Override
	public void replace(GoofInput input) {
		this.category = input.category();
		this.text = input.text();
		this.spoiler = input.spoiler();
	}

	@Override
	public GoofInput toInput() {
		return new GoofInput(this.category, this.text, this.spoiler);
	}

}
