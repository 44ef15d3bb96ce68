package dev.marquee.list;

import java.util.List;

import dev.marquee.film.FilmType;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

@Schema(description = "A curated list with its films in list order.")
record ListView(@Schema(example = "1") long id, @Schema(example = "Movies & Series About Musicians") String title,
		@Schema(example = "\"The Idol,\" Purple Rain, and more toe-tapping stories about the magic of music.") @Nullable String description,
		List<ListedFilm> films, @Schema(description = "Changes on every edit of the list; its ETag adds the versions "
				+ "of the films it shows", example = "0") long version) {

	/**
	 * A film on a list, at its position (1 is first).
	 */
	@Schema(description = "A film on a list; id and imdbId lead to /films/{id}.")
	record ListedFilm(@Schema(description = "Place on the list, 1 first", example = "1") int position,
			@Schema(example = "1") long id, @Schema(example = "tt3783958") String imdbId,
			@Schema(example = "La La Land") String title, @Schema(example = "2016") @Nullable Integer releaseYear,
			@Schema(example = "movie") FilmType type, @Schema(example = "null") @Nullable String note) {

	}

}
