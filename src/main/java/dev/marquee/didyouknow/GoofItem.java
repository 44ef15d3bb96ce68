package dev.marquee.didyouknow;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "A mistake spotted in the film.")
public record GoofItem(@Schema(example = "1") long id, @Schema(example = "continuity") GoofCategory category, @Schema(
		example = "Mia's black trousers turn into a blue skirt and back between shots on the studio lot.") String text,
		boolean spoiler, @Schema(description = "Changes on every edit; the item's ETag", example = "0") long version) {
}
