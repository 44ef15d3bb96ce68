package dev.marquee.award;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

@Schema(description = "Award totals, as in \"243 wins & 297 nominations total\", with the headline award.")
public record AwardSummaryView(@Schema(example = "243") int wins, @Schema(example = "297") int nominations,
		@Schema(example = "Won 6 Oscars") @Nullable String highlight,
		@Schema(description = "Changes on every edit; the ETag of the summary", example = "0") long version) {
}
