package dev.marquee.films;

import dev.marquee.film.FilmType;
import dev.marquee.film.Films;
import dev.marquee.storyline.KeywordInput;
import dev.marquee.support.web.Answered;
import dev.marquee.support.web.Answers;
import dev.marquee.support.web.ApiException;
import dev.marquee.support.web.InvalidParam;
import dev.marquee.support.web.PageView;
import dev.marquee.support.web.ResourceId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/films", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Films")
class FilmListController {

	private final FilmCatalog catalog;

	FilmListController(FilmCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping
	@Operation(summary = "List films, filtered and sorted, page by page",
			description = "Every filter narrows the list (all must hold). Paging is by cursor: follow `next`, or send "
					+ "`after` with the previous page's `nextCursor` and the same filters and sort. There is no page "
					+ "cap, and a deep page costs what the first does. `total=true` adds the number of matching films.")
	@Answered(Answers.FILMS)
	PageView<FilmSummary> films(
			@Parameter(description = "Words in the title, case- and accent-insensitive",
					example = "la la") @RequestParam(required = false) @Size(max = 200) @Nullable String q,
			@Parameter(description = "Genre, exactly as listed on films",
					example = "Musical") @RequestParam(required = false) @Size(max = 100) @Nullable String genre,
			@Parameter(
					description = "Title type: movie, short, tvSeries, tvMiniSeries, tvEpisode, tvMovie, tvSpecial, "
							+ "tvShort, tvPilot, video, videoGame",
					example = "movie") @RequestParam(required = false) @Nullable String type,
			@Parameter(description = "Release year",
					example = "2016") @RequestParam(required = false) @Min(1870) @Max(2100) @Nullable Integer year,
			@Parameter(description = "Earliest release year",
					example = "2010") @RequestParam(required = false) @Min(1870) @Max(2100) @Nullable Integer yearFrom,
			@Parameter(description = "Latest release year",
					example = "2019") @RequestParam(required = false) @Min(1870) @Max(2100) @Nullable Integer yearTo,
			@Parameter(description = "A person credited in cast or crew: numeric id or IMDb id",
					example = "nm1297015") @RequestParam(required = false) @Nullable String person,
			@Parameter(description = "Country of origin, ISO 3166-1 alpha-2", example = "US") @RequestParam(
					required = false) @Pattern(regexp = "[A-Z]{2}",
							message = "must be an ISO 3166-1 alpha-2 code such as US") @Nullable String country,
			@Parameter(description = "Language, ISO 639 code", example = "en") @RequestParam(required = false) @Pattern(
					regexp = "[a-z]{2,3}", message = "must be an ISO 639 code such as en") @Nullable String language,
			@Parameter(description = "The film's TMDB id",
					example = "313369") @RequestParam(required = false) @Positive @Nullable Integer tmdbId,
			@Parameter(description = "The film's Wikidata id", example = "Q20538921") @RequestParam(
					required = false) @Pattern(regexp = "Q[1-9][0-9]*",
							message = "must be a Wikidata id such as Q20538921") @Nullable String wikidataId,
			@Parameter(description = "A keyword's slug: only the films that have it", example = "jazz") @RequestParam(
					required = false) @Size(max = 100) @Pattern(regexp = KeywordInput.SLUG,
							message = KeywordInput.SLUG_MESSAGE) @Nullable String keyword,
			@Parameter(description = "Order: title, year, rating or votes; prefix - for descending. Ties go by id.",
					example = "-votes") @RequestParam(defaultValue = "title") String sort,
			@Parameter(description = "Page size",
					example = "20") @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
			@Parameter(description = "Cursor from the previous page's nextCursor") @RequestParam(
					required = false) @Nullable String after,
			@Parameter(description = "Also count every matching film") @RequestParam(
					defaultValue = "false") boolean total,
			HttpServletRequest request) {
		if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
			throw ApiException.invalidParameter(
					InvalidParam.query("yearFrom", "must not be after yearTo (" + yearFrom + " > " + yearTo + ")"));
		}
		// Spring binds an empty q= as absent; an empty search is a mistake worth telling,
		// not "no filter".
		String rawQ = request.getParameter("q");
		if (rawQ != null && rawQ.isBlank()) {
			throw ApiException.invalidParameter(InvalidParam.query("q", "must not be blank"));
		}
		ResourceId personId = (person != null) ? ResourceId.parse(person, "nm", "person", "query") : null;
		FilmFilter filter = new FilmFilter(q, genre, FilmType.ofParameter("type", type), year, yearFrom, yearTo,
				(personId != null) ? personId.id() : null, (personId != null) ? personId.imdbId() : null, country,
				language, tmdbId, wikidataId, keyword);
		return this.catalog.list(filter, FilmSort.parse(sort), size, after, total);
	}

}
