package dev.marquee.soundtrack;

import dev.marquee.film.Film;
import dev.marquee.support.jpa.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "soundtrack")
class Soundtrack extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "film_id")
	private Film film;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private String title;

	protected Soundtrack() {
		// for JPA
	}

	Soundtrack(Film film, int position, String title) {
		this.film = film;
		this.position = position;
		this.title = title;
	}

	int getPosition() {
		return this.position;
	}

	String getTitle() {
		return this.title;
	}

}
