package dev.marquee.storyline;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "A keyword of the film; the slug is the keyword's key (GET /api/v1/films?keyword=jazz-musician).")
public record KeywordItem(@Schema(example = "1") long id, @Schema(example = "jazz-musician") String slug,
		@Schema(example = "jazz musician") String name,
		@Schema(description = "Changes on every edit; the item's ETag", example = "0") long version) {
}
