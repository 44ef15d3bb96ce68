package dev.marquee.details;

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
@Table(name = "filming_location")
class FilmingLocation extends BaseEntity implements SectionItem<LocationInput> {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "film_id")
	private Film film;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private String place;

	private @Nullable String note;

	protected FilmingLocation() {
		// for JPA
	}

	FilmingLocation(Film film, int position, LocationInput input) {
		this.film = film;
		this.position = position;
		replace(input);
	}

	@Override
	public void replace(LocationInput input) {
		this.place = input.place();
		this.note = input.note();
	}

	@Override
	public LocationInput toInput() {
		return new LocationInput(this.place, this.note);
	}

}
