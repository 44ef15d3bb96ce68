package dev.marquee.didyouknow;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Schema(description = "A crazy credit in a film document.")
public record CrazyCreditInput(@NotBlank @Size(max = 20000) String text) {
}
