package dev.marquee.person;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A person in a list of people.
 */
@Schema(description = "A person in a list; follow id or imdbId to /people/{id}.")
record PersonSummary(@Schema(example = "2") long id, @Schema(example = "nm1297015") @Nullable String imdbId,
		@Schema(example = "Emma Stone") String name, @Schema(example = "1988") @Nullable Integer birthYear,
		@Schema(example = "null") @Nullable Integer deathYear,
		@Schema(example = "[\"actress\", \"producer\"]") List<String> professions) {

}
