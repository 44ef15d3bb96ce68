package dev.marquee.storyline;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "A line the film was advertised with.")
public record TaglineItem(@Schema(example = "1") long id,
		@Schema(example = "Here's to the fools who dream.") String text,
		@Schema(description = "Changes on every edit; the item's ETag", example = "0") long version) {
}
