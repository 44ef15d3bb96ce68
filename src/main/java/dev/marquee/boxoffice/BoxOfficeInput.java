package dev.marquee.boxoffice;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

@Schema(description = "Box office figures in a film document.")
public record BoxOfficeInput(@Valid @Nullable Money budget, boolean budgetEstimated,
		@Valid @Nullable Money grossDomestic, @Valid @Nullable Money openingWeekendDomestic,
		@Nullable LocalDate openingWeekendDate, @Valid @Nullable Money grossWorldwide) {
}
