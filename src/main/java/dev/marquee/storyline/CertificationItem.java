package dev.marquee.storyline;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

@Schema(description = "The film's certificate in one country (US PG-13), for a kind of release, with a note such as the rating's reason.")
public record CertificationItem(@Schema(example = "1") long id,
		@Schema(description = "ISO 3166-1 alpha-2 country", example = "US") String country,
		@Schema(example = "PG-13") String rating, @Schema(example = "theatrical") @Nullable ReleaseType releaseType,
		@Schema(example = "for some language") @Nullable String note,
		@Schema(description = "Changes on every edit; the item's ETag", example = "0") long version) {
}
