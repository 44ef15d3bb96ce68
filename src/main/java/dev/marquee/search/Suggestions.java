package dev.marquee.search;

import java.util.List;

import dev.marquee.film.FilmType;
import dev.marquee.image.ImageSizes;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * Films for a search-as-you-type box.
 */
@Schema(description = "Up to 10 films for a search-as-you-type box, titles starting with the query first.")
record Suggestions(List<Suggestion> items) {

	@Schema(description = "A suggested film; matched is the title or alternate title that matched; poster is the "
			+ "URLs of its primary poster as listings show it (the one without text, else the one in its original "
			+ "language; null when it has none).")
	record Suggestion(@Schema(example = "1") long id, @Schema(example = "tt3783958") String imdbId,
			@Schema(example = "La La Land") String title, @Schema(example = "2016") @Nullable Integer releaseYear,
			@Schema(example = "movie") FilmType type, @Schema(example = "La La Land") String matched,
			@Nullable ImageSizes poster) {

		Suggestion(long id, String imdbId, String title, @Nullable Integer releaseYear, String type, String matched,
				@Nullable ImageSizes poster) {
			this(id, imdbId, title, releaseYear, FilmType.fromCode(type), matched, poster);
		}

	}

}
