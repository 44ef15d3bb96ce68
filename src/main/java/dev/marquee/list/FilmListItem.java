package dev.marquee.list;

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
@Table(name = "film_list_item")
class FilmListItem extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "list_id")
	private FilmList list;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "film_id")
	private Film film;

	@Column(nullable = false)
	private int position;

	private @Nullable String note;

	protected FilmListItem() {
		// for JPA
	}

	FilmListItem(FilmList list, Film film, int position) {
		this(list, film, position, null);
	}

	FilmListItem(FilmList list, Film film, int position, @Nullable String note) {
		this.list = list;
		this.film = film;
		this.position = position;
		this.note = note;
	}

	FilmList getList() {
		return this.list;
	}

	Film getFilm() {
		return this.film;
	}

	int getPosition() {
		return this.position;
	}

	/**
	 * Moves the item to a new place, with a new note.
	 */
	void place(int position, @Nullable String note) {
		this.position = position;
		this.note = note;
	}

}
