package dev.marquee.storyline;

import dev.marquee.support.jpa.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A keyword films share: its slug is its key, its name what it was first called.
 */
@Entity
@Table(name = "keyword")
class Keyword extends BaseEntity {

	@Column(nullable = false, length = 100, unique = true)
	private String slug;

	@Column(nullable = false)
	private String name;

	protected Keyword() {
		// for JPA
	}

	String getSlug() {
		return this.slug;
	}

	KeywordInput toInput() {
		return new KeywordInput(this.slug, this.name);
	}

}
