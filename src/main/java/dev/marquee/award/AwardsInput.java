package dev.marquee.award;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

@Schema(description = "A film's awards in a film document.")
public record AwardsInput(@Valid @Nullable AwardSummaryInput summary,
		@NotNull List<@Valid AwardNominationInput> nominations) {
}
