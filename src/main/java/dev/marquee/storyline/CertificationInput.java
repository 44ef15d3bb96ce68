package dev.marquee.storyline;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

@Schema(description = "A certification in a film document; certifications keep the order given.")
public record CertificationInput(
		@Schema(description = "ISO 3166-1 alpha-2 country",
				example = "US") @NotNull @Pattern(regexp = "[A-Z]{2}") String country,
		@Schema(description = "The rating as the country's board gives it",
				example = "PG-13") @NotBlank @Size(max = 20) String rating,
		@Schema(description = "The release it was given for; null when not known",
				example = "theatrical") @Nullable ReleaseType releaseType,
		@Schema(example = "for some language") @Size(max = 500) @Nullable String note) {
}
