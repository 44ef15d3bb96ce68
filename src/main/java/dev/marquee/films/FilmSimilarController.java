package dev.marquee.films;

import java.util.List;

import dev.marquee.support.web.Answered;
import dev.marquee.support.web.Answers;
import dev.marquee.support.web.PageView;
import dev.marquee.support.web.ResourceId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * "More like this" for a film ({@link SimilarFilms}).
 */
@RestController
@RequestMapping(path = "/api/v1/films", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Films")
class FilmSimilarController {

	private final SimilarFilms similar;

	FilmSimilarController(SimilarFilms similar) {
		this.similar = similar;
	}

	@GetMapping("/{id}/similar")
	@Operation(summary = "List films like this one, page by page",
			description = "The films sharing the most with this one, the most alike first: people (its top-billed "
					+ "cast, directors and writers), keywords and genres, weighted by each film's popularity "
					+ "(votes); each says what it shares. Candidates are reached through each fact's first films "
					+ "(100 per keyword, 50 per person as cast and as crew, the 100 most voted sharing a genre among "
					+ "the 2,000 or so most voted of the catalogue), so "
					+ "the answer costs the same at any catalogue size; episodes are left out. Paged by cursor: "
					+ "follow next, or send after=nextCursor. language= or Accept-Language gives each film's title "
					+ "in a language, chosen as GET /films/{id} chooses the film's own title (the translation in "
					+ "the tag, else in its primary language, else the original); every answer varies by "
					+ "Accept-Language.")
	@Answered(Answers.SIMILAR)
	PageView<SimilarFilm> similar(
			@Parameter(description = "Numeric id or IMDb id", example = "tt3783958") @PathVariable String id,
			@Parameter(description = PageView.SIZE,
					example = "20") @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
			@Parameter(description = PageView.AFTER) @RequestParam(required = false) @Nullable String after,
			@Parameter(
					description = "BCP 47 language of the titles, before Accept-Language: each film's "
							+ "translation in this tag, else in its primary language (de for de-AT), else the original",
					example = "de") @RequestParam(required = false) @Nullable String language,
			@Parameter(
					description = "Languages of the titles, when language= is not given: each in turn, by "
							+ "weight, as language= is; ignored when malformed",
					example = "de-AT,de;q=0.9,en;q=0.8") @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE,
							required = false) @Nullable String acceptLanguage,
			HttpServletResponse response) {
		response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
		FilmLanguage.Asked asked = FilmLanguage.asked(language, acceptLanguage);
		return this.similar.page(ResourceId.parse(id, "tt", "id"), size, after,
				(asked != null) ? asked.tags() : List.of());
	}

}
