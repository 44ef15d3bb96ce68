package dev.marquee.person;

import java.util.ArrayList;
import java.util.List;

import dev.marquee.support.jpa.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * Someone credited on a film: actor, director, composer, songwriter. Films point at
 * people through credits.
 */
@Entity
@Table(name = "person")
public class Person extends BaseEntity {

	@Column(length = 12)
	private @Nullable String imdbId;

	@Column(nullable = false)
	private String name;

	private @Nullable Integer birthYear;

	private @Nullable Integer deathYear;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(nullable = false, columnDefinition = "text[]")
	private List<String> professions = new ArrayList<>();

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "known_for_imdb_ids", nullable = false, columnDefinition = "text[]")
	private List<String> knownFor = new ArrayList<>();

	protected Person() {
		// for JPA
	}

	Person(@Nullable String imdbId, String name) {
		this.imdbId = imdbId;
		this.name = name;
	}

	/**
	 * Takes every writable field from the input.
	 */
	void update(PersonInput input) {
		this.imdbId = input.imdbId();
		this.name = input.name();
		this.birthYear = input.birthYear();
		this.deathYear = input.deathYear();
		this.professions = new ArrayList<>(input.professions());
		this.knownFor = new ArrayList<>(input.knownFor());
	}

	public @Nullable String getImdbId() {
		return this.imdbId;
	}

	public String getName() {
		return this.name;
	}

	public @Nullable Integer getBirthYear() {
		return this.birthYear;
	}

	public @Nullable Integer getDeathYear() {
		return this.deathYear;
	}

	public List<String> getProfessions() {
		return this.professions;
	}

	public List<String> getKnownFor() {
		return this.knownFor;
	}

}
