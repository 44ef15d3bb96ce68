package dev.marquee.details;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

@Schema(description = "Another title the film is known by (AKA), where and in which language.")
public record AlternateTitleItem(@Schema(example = "1") long id, @Schema(example = "LaLa Land") String title,
		@Schema(description = "ISO 3166-1 alpha-2 region (or IMDb's XWW-style codes)",
				example = "US") @Nullable String region,
		@Schema(description = "ISO 639 language code", example = "en") @Nullable String language,
		@Schema(example = "[\"alternative\"]") List<String> types, List<String> attributes, boolean original,
		@Schema(description = "Changes on every edit; the item's ETag", example = "0") long version) {
}
