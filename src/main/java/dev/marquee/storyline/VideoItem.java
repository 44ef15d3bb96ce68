package dev.marquee.storyline;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

@Schema(description = "A link to a trailer, teaser, clip or featurette of the film: on YouTube or Vimeo by its key (and its page, when given), on the web by its https URL. Marquee hosts no video.")
public record VideoItem(@Schema(example = "1") long id, @Schema(example = "trailer") VideoKind kind,
		@Schema(example = "youtube") VideoSite site, @Schema(example = "0pdqf4P9MB8") @Nullable String key,
		@Nullable String url, @Schema(example = "La La Land (2016 Movie) Official Trailer – 'Dreamers'") String name,
		@Schema(example = "en") @Nullable String language, @Schema(example = "true") boolean official,
		@Schema(example = "2016-11-16") @Nullable LocalDate publishedOn,
		@Schema(description = "Changes on every edit; the item's ETag", example = "0") long version) {
}
