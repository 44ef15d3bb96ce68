package dev.marquee.credit;

import java.util.List;

import dev.marquee.film.FilmType;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * One credit of a person's filmography: the film, and what they did on it. Cast credits
 * carry characters and billingOrder, crew credits department and job; the members of the
 * other kind are null.
 */
@Schema(description = "One credit in a filmography: kind cast (characters, billingOrder) or crew (department, job).")
record FilmographyCredit(@Schema(description = "The credit's id, unique within its kind", example = "2") long id,
		@Schema(allowableValues = {
				"cast", "crew" }, example = "cast") String kind,
		CreditedFilm film, @Schema(example = "[\"Mia\"]") @Nullable List<String> characters,
		@Schema(example = "2") @Nullable Integer billingOrder,
		@Schema(example = "directing") @Nullable Department department,
		@Schema(example = "Director") @Nullable String job, @Schema(example = "Amiée Conn") @Nullable String creditedAs,
		@Schema(example = "null") @Nullable String note){

	/**
	 * The film a credit is on.
	 */
	@Schema(description = "The film of a credit; follow id or imdbId to /films/{id}.")
	record CreditedFilm(@Schema(example = "1") long id, @Schema(example = "tt3783958") String imdbId,
			@Schema(example = "La La Land") String title, @Schema(example = "2016") @Nullable Integer releaseYear,
			@Schema(example = "movie") FilmType type) {

	}

}
