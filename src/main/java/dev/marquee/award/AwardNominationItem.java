package dev.marquee.award;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

@Schema(description = "One nomination at one award event, won or not.")
public record AwardNominationItem(@Schema(example = "1") long id, @Schema(example = "Academy Awards, USA") String event,
		@Schema(example = "2017") int year, @Schema(example = "Best Achievement in Directing") String category,
		@Schema(example = "won") Outcome outcome, List<Nominee> nominees, @Nullable String note,
		@Schema(description = "Changes on every edit; the item's ETag", example = "0") long version) {
}
