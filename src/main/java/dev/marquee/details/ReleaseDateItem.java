package dev.marquee.details;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

@Schema(description = "When the film opened in one country, with a note such as a festival premiere.")
public record ReleaseDateItem(@Schema(example = "1") long id,
		@Schema(description = "ISO 3166-1 alpha-2 country", example = "US") String country,
		@Schema(example = "2016-12-25") LocalDate date, @Nullable String note,
		@Schema(description = "Changes on every edit; the item's ETag", example = "0") long version) {
}
