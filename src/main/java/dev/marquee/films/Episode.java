package dev.marquee.films;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * An episode as its series lists it; {@code GET /api/v1/films/{id}} has the rest.
 */
@Schema(description = "An episode as its series lists it; GET /api/v1/films/{id} has the rest.")
public record Episode(@Schema(example = "412") long id, @Schema(example = "tt0583459") String imdbId,
		@Schema(example = "Pilot") String title,
		@Schema(description = "Season number; null when IMDb does not say", example = "1") @Nullable Integer season,
		@Schema(description = "Episode number within the season; null when IMDb does not say",
				example = "1") @Nullable Integer episode,
		@Schema(example = "1994") @Nullable Integer releaseYear,
		@Schema(example = "22") @Nullable Integer runtimeMinutes, FilmView.Rating rating) {

}
