package dev.marquee.list;

import dev.marquee.support.jpa.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "film_list")
class FilmList extends BaseEntity {

	@Column(nullable = false)
	private String title;

	private @Nullable String description;

	protected FilmList() {
		// for JPA
	}

	FilmList(String title, @Nullable String description) {
		this.title = title;
		this.description = description;
	}

	void setDescription(@Nullable String description) {
		this.description = description;
	}

	/**
	 * Takes every writable field from the input.
	 */
	void update(ListInput input) {
		this.title = input.title();
		this.description = input.description();
	}

	String getTitle() {
		return this.title;
	}

	@Nullable String getDescription() {
		return this.description;
	}

}
