package dev.marquee.details;

import java.time.LocalDate;

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
@Table(name = "release_date")
class ReleaseDate extends BaseEntity implements SectionItem<ReleaseDateInput> {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "film_id")
	private Film film;

	@Column(nullable = false, length = 2)
	private String country;

	@Column(nullable = false)
	private LocalDate date;

	private @Nullable String note;

	protected ReleaseDate() {
		// for JPA
	}

	ReleaseDate(Film film, ReleaseDateInput input) {
		this.film = film;
		replace(input);
	}

	@Override
	public void replace(ReleaseDateInput input) {
		this.country = input.country();
		this.date = input.date();
		this.note = input.note();
	}

	@Override
	public ReleaseDateInput toInput() {
		return new ReleaseDateInput(this.country, this.date, this.note);
	}

}
