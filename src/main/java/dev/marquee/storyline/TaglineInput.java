package dev.marquee.storyline;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Schema(description = "A tagline in a film document; taglines keep the order given.")
public record TaglineInput(
		@Schema(example = "Here's to the fools who dream.") @NotBlank @Size(max = 1000) String text) {
}
