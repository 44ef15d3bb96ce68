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
@Table(name = "certification")
class Certification extends BaseEntity implements SectionItem<CertificationInput> {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "film_id")
	private Film film;

	@Column(nullable = false, length = 2)
	private String country;

	@Column(nullable = false, length = 20)
	private String rating;

	@Column(length = 32)
	private @Nullable ReleaseType releaseType;

	private @Nullable String note;

	protected Certification() {
		// for JPA
	}

	Certification(Film film, CertificationInput input) {
		this.film = film;
		replace(input);
	}

	@Override
	public void replace(CertificationInput input) {
		this.country = input.country();
		this.rating = input.rating();
		this.releaseType = input.releaseType();
		this.note = input.note();
	}

	@Override
	public CertificationInput toInput() {
		return new CertificationInput(this.country, this.rating, this.releaseType, this.note);
	}

}
