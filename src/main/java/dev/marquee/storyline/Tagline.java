package dev.marquee.storyline;

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
@Table(name = "tagline")
class Tagline extends BaseEntity implements SectionItem<TaglineInput> {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "film_id")
	private Film film;

	@Column(nullable = false)
	private String text;

	protected Tagline() {
		// for JPA
	}

	Tagline(Film film, TaglineInput input) {
		this.film = film;
		replace(input);
	}

	@Override
	public void replace(TaglineInput input) {
		this.text = input.text();
	}

	@Override
	public TaglineInput toInput() {
		return new TaglineInput(this.text);
	}

}
