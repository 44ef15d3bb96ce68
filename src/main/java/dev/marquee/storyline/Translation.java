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
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "film_translation")
class Translation extends BaseEntity implements SectionItem<TranslationInput> {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "film_id")
	private Film film;

	@Column(nullable = false, length = 35)
	private String language;

	private @Nullable String title;

	private @Nullable String plot;

	private @Nullable String tagline;

	protected Translation() {
		// for JPA
	}

	Translation(Film film, TranslationInput input) {
		this.film = film;
		replace(input);
	}

	@Override
	public void replace(TranslationInput input) {
		this.language = input.language();
		this.title = input.title();
		this.plot = input.plot();
		this.tagline = input.tagline();
	}

	@Override
	public TranslationInput toInput() {
		return new TranslationInput(this.language, this.title, this.plot, this.tagline);
	}

	Film getFilm() {
		return this.film;
	}

}
