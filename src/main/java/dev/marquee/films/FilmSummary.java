package dev.marquee.films;

import dev.marquee.film.FilmType;
import dev.marquee.image.ImageSizes;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A film as a listing shows it, with the URLs of its primary poster (the one without
 * text, else the one in its original language; null when it has none); follow {@code id}
 * to {@code /api/v1/films/{id}} for the rest.
 */
@Schema(description = "A film as a listing shows it, with the URLs of its primary poster (the one without text, "
		+ "else the one in its original language; null when it has none); GET /api/v1/films/{id} has the rest.")
public record FilmSummary(@Schema(example = "1") long id, @Schema(example = "tt3783958") String imdbId,
		@Schema(example = "La La Land") String title, @Schema(example = "movie") FilmType type,
		@Schema(example = "2016") @Nullable Integer releaseYear,
		@Schema(example = "128") @Nullable Integer runtimeMinutes,
		@Schema(example = "[\"Comedy\", \"Drama\", \"Music\", \"Musical\", \"Romance\"]") List<String> genres,
		FilmView.Rating rating, @Nullable ImageSizes poster) {

	/**
	 * This film under another title (its title in a language asked for).
	 */
	FilmSummary withTitle(String title) {
		return new FilmSummary(this.id, this.imdbId, title, this.type, this.releaseYear, this.runtimeMinutes,
				this.genres, this.rating, this.poster);
	}

}
