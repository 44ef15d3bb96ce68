package dev.marquee.didyouknow;

import dev.marquee.film.FilmRef;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

@Schema(description = "Another title this film is connected to; related.id is set when that title is in the catalogue.")
public record ConnectionItem(@Schema(example = "1") long id, @Schema(example = "featured_in") ConnectionKind kind,
		FilmRef related, @Nullable String note,
		@Schema(description = "Changes on every edit; the item's ETag", example = "0") long version) {
}
