package dev.marquee.films;

import dev.marquee.storyline.KeywordInput;
import dev.marquee.storyline.Keywords;
import dev.marquee.support.web.Answered;
import dev.marquee.support.web.Answers;
import dev.marquee.support.web.PageView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The films that have a keyword: the catalogue listing narrowed to the keyword, as
 * {@code GET /films?keyword=} answers it, and 404 for a keyword no film ever had.
 */
@RestController
@RequestMapping(path = "/api/v1/keywords", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = Keywords.TAG)
class KeywordFilmsController {

	private final Keywords keywords;

	private final FilmCatalog catalog;

	KeywordFilmsController(Keywords keywords, FilmCatalog catalog) {
		this.keywords = keywords;
		this.catalog = catalog;
	}

	@GetMapping("/{slug}/films")
	@Operation(summary = "List the films that have a keyword, page by page",
			description = "The catalogue listing (GET /api/v1/films?keyword={slug}) for one keyword, in the same "
					+ "sorts and paged the same way: follow `next`, or send `after` with the previous page's "
					+ "`nextCursor` and the same sort. `total=true` adds the number of films.")
	@Answered(Answers.KEYWORD_FILMS)
	PageView<FilmSummary> films(
			@Parameter(description = "The keyword's slug", example = "jazz") @PathVariable @Size(max = 100) @Pattern(
					regexp = KeywordInput.SLUG, message = KeywordInput.SLUG_MESSAGE) String slug,
			@Parameter(description = "Order: title, year, rating or votes; prefix - for descending. Ties go by id.",
					example = "-votes") @RequestParam(defaultValue = "title") String sort,
			@Parameter(description = "Page size",
					example = "20") @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
			@Parameter(description = "Cursor from the previous page's nextCursor") @RequestParam(
					required = false) @Nullable String after,
			@Parameter(description = "Also count every film that has the keyword") @RequestParam(
					defaultValue = "false") boolean total) {
		this.keywords.read(slug);
		FilmFilter filter = new FilmFilter(null, null, null, null, null, null, null, null, null, null, null, null,
				slug);
		return this.catalog.list(filter, FilmSort.parse(sort), size, after, total);
	}

}
