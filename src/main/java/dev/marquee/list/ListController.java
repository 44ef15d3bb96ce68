package dev.marquee.list;

import dev.marquee.support.web.Answered;
import dev.marquee.support.web.Answers;
import dev.marquee.support.web.PageView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/lists", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Lists", description = "Curated lists of films")
class ListController {

	private final ListCatalogue catalogue;

	ListController(ListCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping
	@Operation(summary = "List the curated lists",
			description = "Every list in title order (then id), with how many films it holds, a page at a time: "
					+ "follow next, or send after=nextCursor.")
	@Answered(Answers.LISTS)
	PageView<ListSummary> lists(
			@Parameter(description = "Page size, 1 to 100",
					example = "20") @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
			@Parameter(description = "nextCursor of the previous page; omit for the first page") @RequestParam(
					required = false) @Nullable String after) {
		return this.catalogue.page(size, after);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Get a list with its films",
			description = "The list and its films in list order (position 1 first), each with enough to link to "
					+ "/films/{id}. The demo list is \"Movies & Series About Musicians\", which holds La La Land. "
					+ "The ETag is the list's version, new on every change of the list or of its films: what the "
					+ "list's writes take in If-Match.")
	@Answered(Answers.LIST)
	ResponseEntity<ListView> list(
			@Parameter(description = "The list's numeric id", example = "1") @PathVariable long id) {
		return this.catalogue.read(id).ok();
	}

}
