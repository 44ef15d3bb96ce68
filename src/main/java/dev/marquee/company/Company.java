package dev.marquee.company;

import dev.marquee.support.jpa.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "company")
class Company extends BaseEntity {

	@Column(length = 12)
	private @Nullable String imdbId;

	@Column(nullable = false)
	private String name;

	@Column(length = 2)
	private @Nullable String country;

	protected Company() {
		// for JPA
	}

	Company(@Nullable String imdbId, String name, @Nullable String country) {
		this.imdbId = imdbId;
		this.name = name;
		this.country = country;
	}

	CompanyRefInput toRefInput() {
		return new CompanyRefInput(this.imdbId, this.name, this.country);
	}

	@Nullable String getImdbId() {
		return this.imdbId;
	}

	/**
	 * Takes every writable field from the input.
	 */
	void update(CompanyInput input) {
		this.imdbId = input.imdbId();
		this.name = input.name();
		this.country = input.country();
	}

	CompanyRef toRef() {
		return new CompanyRef(getId(), this.imdbId, this.name, this.country);
	}

	CompanyView toView() {
		return new CompanyView(getId(), this.imdbId, this.name, this.country, getVersion());
	}

}
