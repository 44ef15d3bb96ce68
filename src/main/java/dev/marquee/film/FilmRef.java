package dev.marquee.film;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A title named from another resource: a link when the title is in the catalogue
 * ({@code id} set), else its title and release year as the source gave them.
 */
@Schema(description = "A title referred to from elsewhere; id is null when the title is not in the catalogue.")
public record FilmRef(@Schema(example = "1") @Nullable Long id, @Schema(example = "tt3783958") @Nullable String imdbId,
		@Schema(example = "La La Land") String title, @Schema(example = "2016") @Nullable Integer releaseYear) {

	public static FilmRef of(Film film) {
		return new FilmRef(film.getId(), film.getImdbId(), film.getTitle(), film.getReleaseYear());
	}

}
