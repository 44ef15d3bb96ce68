package dev.marquee.details;

import java.util.ArrayList;
import java.util.List;

import dev.marquee.film.Film;
import dev.marquee.section.SectionItem;
import dev.marquee.support.jpa.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "alternate_title")
class AlternateTitle extends BaseEntity implements SectionItem<AlternateTitleInput> {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "film_id")
	private Film film;

	@Column(nullable = false)
	private String title;

	@Column(length = 4)
	private @Nullable String region;

	@Column(length = 3)
	private @Nullable String language;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(nullable = false, columnDefinition = "text[]")
	private List<String> types = new ArrayList<>();

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(nullable = false, columnDefinition = "text[]")
	private List<String> attributes = new ArrayList<>();

	@Column(nullable = false)
	private boolean original;

	protected AlternateTitle() {
		// for JPA
	}

	AlternateTitle(Film film, AlternateTitleInput input) {
		this.film = film;
		replace(input);
	}

	@Override
	public void replace(AlternateTitleInput input) {
		this.title = input.title();
		this.region = input.region();
		this.language = input.language();
		this.types = new ArrayList<>(input.types());
		this.attributes = new ArrayList<>(input.attributes());
		this.original = input.original();
	}

	@Override
	public AlternateTitleInput toInput() {
		return new AlternateTitleInput(this.title, this.region, this.language, List.copyOf(this.types),
				List.copyOf(this.attributes), this.original);
	}

}
