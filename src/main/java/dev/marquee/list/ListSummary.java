package dev.marquee.list;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

@Schema(description = "A curated list in the catalogue of lists; follow id to /lists/{id} for its films.")
record ListSummary(@Schema(example = "1") long id, @Schema(example = "Movies & Series About Musicians") String title,
		@Schema(example = "\"The Idol,\" Purple Rain, and more toe-tapping stories about the magic of music.") @Nullable String description,
		@Schema(description = "How many films the list holds", example = "1") long filmCount) {

}
