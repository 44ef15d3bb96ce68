package dev.marquee.person;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A person as a credit shows them: enough to link to their page.
 */
@Schema(description = "A person as a credit shows them; follow id or imdbId to /people/{id}.")
public record PersonRef(@Schema(example = "1") long id, @Schema(example = "nm1297015") @Nullable String imdbId,
		@Schema(example = "Emma Stone") String name) {

	public static PersonRef of(Person person) {
		return new PersonRef(person.getId(), person.getImdbId(), person.getName());
	}

}
