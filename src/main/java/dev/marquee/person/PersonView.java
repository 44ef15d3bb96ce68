package dev.marquee.person;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A person's page; the filmography is its own resource, {@code /people/{id}/credits}.
 */
@Schema(description = "A person; their filmography is at /people/{id}/credits.")
record PersonView(@Schema(example = "2") long id, @Schema(example = "nm1297015") @Nullable String imdbId,
		@Schema(example = "Emma Stone") String name, @Schema(example = "1988") @Nullable Integer birthYear,
		@Schema(example = "null") @Nullable Integer deathYear,
		@Schema(description = "IMDb's primary professions",
				example = "[\"actress\", \"producer\"]") List<String> professions,
		@Schema(description = "IMDb ids of the titles the person is known for",
				example = "[\"tt3783958\"]") List<String> knownFor,
		@Schema(description = "Changes on every edit; the ETag of the person", example = "0") long version) {

	static PersonView of(Person person) {
		return new PersonView(person.getId(), person.getImdbId(), person.getName(), person.getBirthYear(),
				person.getDeathYear(), List.copyOf(person.getProfessions()), List.copyOf(person.getKnownFor()),
				person.getVersion());
	}

}
