package dev.marquee.soundtrack;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "A piece of music heard in the film, with its credit lines in order.")
public record SoundtrackItem(@Schema(example = "1") long id, @Schema(example = "1812 Overture") String title,
		List<SoundtrackCreditLine> credits,
		@Schema(description = "Changes on every edit; the item's ETag", example = "0") long version) {
}
