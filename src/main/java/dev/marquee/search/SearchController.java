package dev.marquee.search;

import dev.marquee.film.FilmType;
import dev.marquee.support.web.PageView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@ConditionalOnWebApplication
@Tag(name = "Search", description = "Typo-tolerant search over films and people, and search-as-you-type")
class SearchController {

	private final Search search;

	SearchController(Search search) {
		this.search = search;
	}

	@GetMapping(path = "/api/v1/search", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Search films and people",
			description = "Finds films by title, original title or alternate title (AKA) and people by name. Texts "
					+ "and queries are compared as words, folded: case, accents and punctuation do not matter "
					+ "(\"amelie\" finds Amélie, \"wall e\" WALL·E, \"spiderman\" Spider-Man), nor does word order "
					+ "(\"land la la\"). When nothing matches as typed, typos are forgiven: one per word of 4 to 7 "
					+ "characters, two in longer words, a typo in the first character counting twice (\"la la lnad\")"
					+ "; the last word may be a prefix, as while typing (\"la la la\"). Hits come "
					+ "closest first: the whole text is the query (match exact), then texts holding every word of the "
					+ "query (words), then every word with the last one as a prefix (prefix), then with typos "
					+ "(fuzzy, fewer typos first); among equally close hits the more popular first (films by rating "
					+ "votes, people by number of cast and crew credits), films before people, then by id. A film "
					+ "is judged by its closest text, which matched names. Among each kind of match, the most popular "
					+ "(twice size, at least 20) are ranked. Writes are found at once: a film created, renamed or deleted is found, "
					+ "renamed or gone in the very next search. Hits come a page at a time, like every collection: "
					+ "follow next, or send after=nextCursor with the same q and filters; the order holds across pages "
					+ "and no hit comes twice. Paging reaches the best 1000 hits; nextCursor is null on the last "
					+ "page.")
	@SearchApiResponses.Search
	PageView<SearchHit> search(
			@Parameter(description = "What to look for, 1 to 200 characters",
					example = "la la lnd") @RequestParam @QueryText String q,
			@Parameter(description = "Only hits of this kind: films or people; leave out for both",
					schema = @Schema(allowableValues = { "film", "person" })) @RequestParam(
							required = false) @Nullable String type,
			@Parameter(description = "Only films of this type (implies films only)",
					schema = @Schema(allowableValues = { "movie", "short", "tvSeries", "tvMiniSeries", "tvEpisode",
							"tvMovie", "tvSpecial", "tvShort", "tvPilot", "video", "videoGame" })) @RequestParam(
									required = false) @Nullable String titleType,
			@Parameter(description = "Only films released this year (implies films only)",
					example = "2016") @RequestParam(required = false) @Min(1870) @Max(2100) @Nullable Integer year,
			@Parameter(description = PageView.SIZE,
					example = "20") @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
			@Parameter(description = PageView.AFTER) @RequestParam(required = false) @Nullable String after) {
		FilmType filmType = FilmType.ofParameter("titleType", titleType);
		return this.search.search(q, SearchType.parse(type), (filmType != null) ? filmType.code() : null, year, size,
				after);
	}

	/**
	 * A literal path: Spring MVC prefers it to {@code /api/v1/films/{id}} of the title
	 * page.
	 */
	@GetMapping(path = "/api/v1/films/suggest", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Suggest films as the user types",
			description = "Up to 10 films for a search-as-you-type box, from the first character: titles (or "
					+ "original or alternate titles) that start with what was typed first, then titles holding "
					+ "every word typed, the last one as a prefix; when none match, titles with typos forgiven (as in "
					+ "search, the last word also as a mistyped prefix); within each, closer matches first, then the most voted. Folding, word rules and "
					+ "write visibility are those of search.")
	@SearchApiResponses.Suggest
	Suggestions suggest(@Parameter(description = "What the user has typed so far, up to 200 characters",
			example = "la la") @RequestParam @QueryText String q) {
		return this.search.suggest(q);
	}

}
