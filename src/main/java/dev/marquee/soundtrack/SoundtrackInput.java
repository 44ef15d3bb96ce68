package dev.marquee.soundtrack;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Schema(description = "A soundtrack in a film document; soundtracks and their lines keep the order given.")
public record SoundtrackInput(@NotBlank @Size(max = 1000) String title,
		@NotNull List<@Valid SoundtrackCreditLineInput> credits) {
}
