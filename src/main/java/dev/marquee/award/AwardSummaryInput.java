package dev.marquee.award;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

@Schema(description = "Award totals in a film document.")
public record AwardSummaryInput(@PositiveOrZero int wins, @PositiveOrZero int nominations,
		@Size(max = 200) @Nullable String highlight) {
}
