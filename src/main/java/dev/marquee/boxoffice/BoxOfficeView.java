package dev.marquee.boxoffice;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

@Schema(description = "Box office figures; domestic means US & Canada. Each figure is null when unknown.")
public record BoxOfficeView(@Schema(example = "1") long id, @Nullable Money budget,
		@Schema(description = "True when the budget is an estimate", example = "true") boolean budgetEstimated,
		@Nullable Money grossDomestic, @Nullable Money openingWeekendDomestic,
		@Schema(example = "2016-12-11") @Nullable LocalDate openingWeekendDate, @Nullable Money grossWorldwide,
		@Schema(description = "Changes on every edit; the ETag of the figures", example = "0") long version) {
}
