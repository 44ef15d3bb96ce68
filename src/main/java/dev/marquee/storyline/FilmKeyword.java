package dev.marquee.storyline;

import dev.marquee.film.Film;
import dev.marquee.section.SectionItem;
import dev.marquee.support.jpa.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "film_keyword")
class FilmKeyword extends BaseEntity implements SectionItem<KeywordInput> {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "film_id")
	private Film film;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "keyword_id")
	private Keyword keyword;

	protected FilmKeyword() {
		// for JPA
	}

	FilmKeyword(Film film, Keyword keyword) {
		this.film = film;
		this.keyword = keyword;
	}

	/**
	 * Nothing to set: the keyword, the item's only field, is resolved and set by
	 * {@link KeywordItems}.
	 */
	@Override
	public void replace(KeywordInput input) {
	}

	void tag(Keyword keyword) {
		this.keyword = keyword;
	}

	@Override
	public KeywordInput toInput() {
		return this.keyword.toInput();
	}

	Film getFilm() {
		return this.film;
	}

	Keyword getKeyword() {
		return this.keyword;
	}

}
