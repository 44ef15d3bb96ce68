package dev.marquee.films;

import java.util.List;

import dev.marquee.film.FilmType;
import dev.marquee.films.FilmDocument.ExternalIdsInput;
import dev.marquee.films.FilmDocument.OfficialSiteInput;
import dev.marquee.films.FilmDocument.RatingInput;
import dev.marquee.films.FilmDocument.TechnicalSpecsInput;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/v1/films}: the film's IMDb id and its own fields, with the
 * constraints of {@link FilmFields}; only imdbId, title and type are required. Sections
 * are added afterwards through their own resources (or the whole film is put as a
 * document).
 */
@Schema(description = "A new film: its IMDb id and own fields; sections are written through their own resources.")
@FilmYears.InOrder
record NewFilm(@Schema(example = "tt3783958") @NotNull @Pattern(regexp = "tt[0-9]{7,10}") String imdbId,
		@Schema(example = "La La Land") @NotBlank @Size(max = 1000) String title,
		@Size(max = 1000) @Nullable String originalTitle, @Schema(example = "movie") @NotNull FilmType type,
		@Schema(example = "2016") @Min(1870) @Max(2100) @Nullable Integer releaseYear,
		@Schema(description = FilmYears.END_YEAR_DESCRIPTION) @Min(1870) @Max(2100) @Nullable Integer endYear,
		@Schema(example = "128") @Positive @Max(100000) @Nullable Integer runtimeMinutes,
		@Size(max = 20000) @Nullable String plot,
		@Schema(example = "[\"Comedy\", \"Drama\", \"Music\", \"Romance\"]") @Size(
				max = 50) @Nullable List<@NotBlank @Size(max = 100) String> genres,
		@Schema(example = "[\"US\"]") @Size(max = 50) @Nullable List<@Pattern(regexp = "[A-Z]{2}") String> countries,
		@Schema(example = "[\"en\"]") @Size(max = 50) @Nullable List<@Pattern(regexp = "[a-z]{2,3}") String> languages,
		@Valid @Nullable TechnicalSpecsInput technicalSpecs,
		@Size(max = 50) @Nullable List<@Valid OfficialSiteInput> officialSites,
		@Valid @Nullable ExternalIdsInput externalIds, @Valid @Nullable RatingInput rating,
		@Schema(description = "false when left out") @Nullable Boolean adult) implements FilmYears {

	/**
	 * The film's own fields, what is not sent left empty.
	 */
	FilmFields fields() {
		return new FilmFields(this.title, this.originalTitle, this.type, this.releaseYear, this.endYear,
				this.runtimeMinutes, this.plot, this.genres, this.countries, this.languages, this.technicalSpecs,
				this.officialSites, this.externalIds, this.rating, Boolean.TRUE.equals(this.adult));
	}

}
