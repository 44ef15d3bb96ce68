package dev.marquee.films;

import java.util.List;

import dev.marquee.film.Film;
import dev.marquee.film.FilmType;
import dev.marquee.film.OfficialSite;
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
 * A film's own fields, the ones {@code PATCH /api/v1/films/{id}} changes: everything of
 * the film but what the server assigns (id, imdbId, version, timestamps) and its
 * sections, which have resources of their own. A list or object removed by a merge patch
 * ({@code null}) becomes empty.
 */
@Schema(name = "FilmPatch",
		description = "A JSON merge patch (RFC 7396) of a film's own fields: null removes a field, an absent field "
				+ "is kept. Ids, versions, timestamps and sections are refused.")
@FilmYears.InOrder
record FilmFields(@Schema(example = "La La Land") @NotBlank @Size(max = 1000) String title,
		@Size(max = 1000) @Nullable String originalTitle, @NotNull FilmType type,
		@Min(1870) @Max(2100) @Nullable Integer releaseYear,
		@Schema(description = FilmYears.END_YEAR_DESCRIPTION) @Min(1870) @Max(2100) @Nullable Integer endYear,
		@Positive @Max(100000) @Nullable Integer runtimeMinutes, @Size(max = 20000) @Nullable String plot,
		List<@NotBlank @Size(max = 100) String> genres, List<@Pattern(regexp = "[A-Z]{2}") String> countries,
		List<@Pattern(regexp = "[a-z]{2,3}") String> languages, @Valid TechnicalSpecsInput technicalSpecs,
		List<@Valid OfficialSiteInput> officialSites, @Valid ExternalIdsInput externalIds, @Valid RatingInput rating,
		boolean adult) implements FilmYears {

	FilmFields {
		genres = (genres != null) ? genres : List.of();
		countries = (countries != null) ? countries : List.of();
		languages = (languages != null) ? languages : List.of();
		technicalSpecs = (technicalSpecs != null) ? technicalSpecs : new TechnicalSpecsInput(null, List.of(), null);
		officialSites = (officialSites != null) ? officialSites : List.of();
		externalIds = (externalIds != null) ? externalIds : new ExternalIdsInput(null, null);
		rating = (rating != null) ? rating : new RatingInput(null, 0);
	}

	static FilmFields of(Film film) {
		return new FilmFields(film.getTitle(), film.getOriginalTitle(), film.getType(), film.getReleaseYear(),
				film.getEndYear(), film.getRuntimeMinutes(), film.getPlot(), List.copyOf(film.getGenres()),
				List.copyOf(film.getCountries()), List.copyOf(film.getLanguages()),
				new TechnicalSpecsInput(film.getColor(), List.copyOf(film.getSoundMixes()), film.getAspectRatio()),
				film.getOfficialSites()
					.stream()
					.map((site) -> new OfficialSiteInput(site.getLabel(), site.getUrl()))
					.toList(),
				new ExternalIdsInput(film.getTmdbId(), film.getWikidataId()),
				new RatingInput(film.getRatingAverage(), film.getRatingVotes()), film.isAdult());
	}

	void applyTo(Film film) {
		film.setTitle(this.title);
		film.setOriginalTitle(this.originalTitle);
		film.setType(this.type);
		film.setReleaseYear(this.releaseYear);
		film.setEndYear(this.endYear);
		film.setRuntimeMinutes(this.runtimeMinutes);
		film.setPlot(this.plot);
		film.setGenres(this.genres);
		film.setCountries(this.countries);
		film.setLanguages(this.languages);
		film.setColor(this.technicalSpecs.color());
		film.setSoundMixes(this.technicalSpecs.soundMixes());
		film.setAspectRatio(this.technicalSpecs.aspectRatio());
		if (!this.officialSites.equals(of(film).officialSites())) {
			film.replaceOfficialSites(this.officialSites.stream()
				.map((site) -> new OfficialSite.Fields(site.label(), site.url()))
				.toList());
		}
		film.setTmdbId(this.externalIds.tmdb());
		film.setWikidataId(this.externalIds.wikidata());
		film.setRating(this.rating.average(), this.rating.votes());
		film.setAdult(this.adult);
	}

}
