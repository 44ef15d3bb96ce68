package dev.marquee.didyouknow;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Schema(description = "A goof in a film document.")
public record GoofInput(@NotNull GoofCategory category, @NotBlank @Size(max = 20000) String text, boolean spoiler) {
}
