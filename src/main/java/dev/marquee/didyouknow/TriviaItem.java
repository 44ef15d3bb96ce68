package dev.marquee.didyouknow;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "A piece of trivia; interestingVotes of totalVotes readers found it interesting.")
public record TriviaItem(@Schema(example = "1") long id, @Schema(
		example = "Ryan Gosling learned every piano piece in the film himself; no hand double was used.") String text,
		boolean spoiler, @Schema(example = "0") int interestingVotes, @Schema(example = "0") int totalVotes,
		@Schema(description = "Changes on every edit; the item's ETag", example = "0") long version) {
}
