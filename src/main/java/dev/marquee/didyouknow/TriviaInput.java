package dev.marquee.didyouknow;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

@Schema(description = "A piece of trivia in a film document.")
public record TriviaInput(@NotBlank @Size(max = 20000) String text, boolean spoiler,
		@PositiveOrZero int interestingVotes, @PositiveOrZero int totalVotes) {
}
