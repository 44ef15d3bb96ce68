package dev.marquee.didyouknow;

import dev.marquee.film.Film;
import dev.marquee.film.FilmRefInput;
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
@Table(name = "connection")
class Connection extends BaseEntity implements SectionItem<ConnectionInput> {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "film_id")
	private Film film;

	@Column(nullable = false, length = 32)
	private ConnectionKind kind;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "related_film_id")
	private @Nullable Film relatedFilm;

	/**
	 * The same column read as a plain value, so listing connections never loads the
	 * related films.
	 */
	@Column(length = 12)
	private @Nullable String relatedImdbId;

	@Column(nullable = false)
	private String relatedTitle;

	private @Nullable Integer relatedYear;

	private @Nullable String note;

	protected Connection() {
		// for JPA
	}

	Connection(Film film, ConnectionInput input, @Nullable Film relatedFilm) {
		this.film = film;
		this.relatedFilm = relatedFilm;
		replace(input);
	}

	@Override
	public void replace(ConnectionInput input) {
		this.kind = input.kind();
		this.relatedImdbId = input.related().imdbId();
		this.relatedTitle = input.related().title();
		this.relatedYear = input.related().releaseYear();
		this.note = input.note();
	}

	/**
	 * Points the connection at the film it names, when Marquee has it.
	 */
	void relate(@Nullable Film relatedFilm) {
		this.relatedFilm = relatedFilm;
	}

	@Override
	public ConnectionInput toInput() {
		return new ConnectionInput(this.kind, new FilmRefInput(this.relatedImdbId, this.relatedTitle, this.relatedYear),
				this.note);
	}

}
