package dev.marquee.list;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

@Schema(description = "A curated list a film belongs to.")
public record ListRef(@Schema(example = "1") long id, @Schema(example = "Movies & Series About Musicians") String title,
		@Schema(example = "\"The Idol,\" Purple Rain, and more toe-tapping stories about the magic of music.") @Nullable String description) {
}
