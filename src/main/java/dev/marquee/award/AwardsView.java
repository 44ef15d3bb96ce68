package dev.marquee.award;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

@Schema(description = "A film's awards: the totals the title page shows, and the nominations known one by one.")
public record AwardsView(@Nullable AwardSummaryView summary, List<AwardNominationItem> nominations) {
}
