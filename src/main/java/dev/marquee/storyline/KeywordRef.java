package dev.marquee.storyline;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A keyword as another resource shows it; {@link KeywordView} is the keyword itself.
 */
@Schema(description = "A keyword named from elsewhere; GET /api/v1/keywords/{slug} is the keyword.")
public record KeywordRef(@Schema(example = "jazz") String slug, @Schema(example = "jazz") String name) {
}
