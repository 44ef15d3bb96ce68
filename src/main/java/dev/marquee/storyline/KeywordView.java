package dev.marquee.storyline;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A keyword as a resource of its own.
 */
@Schema(description = "A keyword films share; its films are GET /api/v1/keywords/{slug}/films.")
public record KeywordView(@Schema(example = "jazz") String slug, @Schema(example = "jazz") String name,
		@Schema(description = "Set when the keyword is made, which never changes; its ETag",
				example = "0") long version) {
}
