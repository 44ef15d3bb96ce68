package dev.marquee.review;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

@Schema(description = "A user review; rating is null when the reviewer gave none.")
public record ReviewItem(@Schema(example = "1") long id,
		@Schema(example = "Love letter to Hollywood .. and a Heck of a Film") String title, String body,
		@Schema(example = "A_Different_Drummer") String author, @Schema(example = "2017-01-01") LocalDate publishedOn,
		@Schema(example = "10", minimum = "1", maximum = "10") @Nullable Integer rating, boolean spoiler,
		@Schema(example = "724") int helpfulVotes, @Schema(example = "436") int unhelpfulVotes,
		@Schema(example = "true") boolean featured,
		@Schema(description = "Changes on every edit; the item's ETag", example = "0") long version) {
}
