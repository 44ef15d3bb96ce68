package dev.marquee.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Search", description = "Typo-tolerant search over films and people, and search-as-you-type")
class SearchController {

	private final Search search;

	SearchController(Search search) {
		this.search = search;
	}

	@GetMapping(path = "/api/v1/search", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Search films and people",
			description = "Finds films by title or alternate title (AKA) and people by name, forgiving case, accents "
					+ "and typos: \"la la lnd\" finds La La Land, \"LaLa Land\" finds it by its AKA, \"amiee conn\" "
					+ "and \"amiée\" find Amiee Conn. Hits come best first: exact matches, then names starting with "
					+ "the query, then similar ones; within each, closer matches (similarity in steps of 0.1) first, "
					+ "then the more popular (films by rating votes, people by number of credits), then by id; "
					+ "among similar matches, only the 200 closest are ranked (so that a query made of common "
					+ "words answers as fast as a rare one). At most size hits; there is no further page.")
	@SearchApiResponses.Search
	SearchResults search(
			@Parameter(description = "What to look for, 1 to 200 characters",
					example = "la la lnd") @RequestParam @QueryText String q,
			@Parameter(description = "Only films or only people; leave out for both",
					schema = @Schema(allowableValues = { "film", "person" })) @RequestParam(
							required = false) @Nullable String type,
			@Parameter(description = "The most hits to answer, 1 to 100",
					example = "20") @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return this.search.search(q, SearchType.parse(type), size);
	}

	/**
	 * A literal path: Spring MVC prefers it to {@code /api/v1/films/{id}} of the title
	 * page.
	 */
	@GetMapping(path = "/api/v1/films/suggest", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Suggest films as the user types",
			description = "Up to 10 films for a search-as-you-type box: titles (or alternate titles) starting with "
					+ "the query first, then titles with a word starting with it, then similar titles (typos "
					+ "forgiven); within each, the most voted first. Useful from the second character: a query of one "
					+ "character answers an empty list (not an error), so a client can call it on every keystroke.")
	@SearchApiResponses.Suggest
	Suggestions suggest(@Parameter(description = "What the user has typed so far, up to 200 characters",
			example = "la la") @RequestParam @QueryText String q) {
		return this.search.suggest(q);
	}

}
