package dev.marquee.didyouknow;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "Something unusual in the film's credits or title cards.")
public record CrazyCreditItem(@Schema(example = "1") long id, @Schema(
		example = "There is a title card at the very beginning that says \"Presented in CinemaScope.\"") String text,
		@Schema(description = "Changes on every edit; the item's ETag", example = "0") long version) {
}
