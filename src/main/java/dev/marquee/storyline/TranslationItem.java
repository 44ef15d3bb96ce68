package dev.marquee.storyline;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

@Schema(description = "The film's title, plot and tagline in one language; a text it lacks is served in the original.")
public record TranslationItem(@Schema(example = "1") long id,
		@Schema(description = "BCP 47 language tag", example = "de") String language,
		@Schema(example = "La La Land") @Nullable String title,
		@Schema(example = "Ein Jazzpianist verliebt sich in eine angehende Schauspielerin in Los Angeles.") @Nullable String plot,
		@Schema(example = "Auf die Narren, die träumen.") @Nullable String tagline,
		@Schema(description = "Changes on every edit; the item's ETag", example = "0") long version) {
}
