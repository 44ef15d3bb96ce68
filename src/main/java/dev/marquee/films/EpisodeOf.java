package dev.marquee.films;

import dev.marquee.film.Film;
import dev.marquee.film.FilmRef;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * Where an episode belongs: its series, season and number.
 */
@Schema(description = "The series this episode belongs to, and where in it; null for titles that are not episodes.")
public record EpisodeOf(FilmRef series,
		@Schema(description = "Season number; null when IMDb does not say", example = "1") @Nullable Integer season,
		@Schema(description = "Episode number within the season; null when IMDb does not say",
				example = "1") @Nullable Integer episode) {

	/**
	 * The episode's place, or {@code null} for a title that is not an episode. The film's
	 * lookups fetch the series with it.
	 */
	public static @Nullable EpisodeOf of(Film film) {
		Film series = film.getSeries();
		return (series != null) ? new EpisodeOf(FilmRef.of(series), film.getSeasonNumber(), film.getEpisodeNumber())
				: null;
	}

}
