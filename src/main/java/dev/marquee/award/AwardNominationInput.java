package dev.marquee.award;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

@Schema(description = "A nomination in a film document.")
public record AwardNominationInput(@NotBlank @Size(max = 300) String event, @Min(1870) @Max(2100) int year,
		@NotBlank @Size(max = 500) String category, @NotNull Outcome outcome,
		@NotNull List<@Valid NomineeInput> nominees, @Size(max = 2000) @Nullable String note) {
}
