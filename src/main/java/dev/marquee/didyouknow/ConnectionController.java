package dev.marquee.didyouknow;

import dev.marquee.film.SectionApiResponses;
import dev.marquee.film.SectionPaging;
import dev.marquee.support.web.PageView;
import dev.marquee.support.web.ResourceId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/films/{id}/connections", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = SectionApiResponses.TAG)
class ConnectionController {

	private final DidYouKnow didYouKnow;

	ConnectionController(DidYouKnow didYouKnow) {
		this.didYouKnow = didYouKnow;
	}

	@GetMapping
	@Operation(summary = "List a film's connections",
			description = "Other titles this film references, features in or is spoofed by; related.id links to the title when it is in the catalogue. Oldest entry first, paged by cursor: follow next, or send after=nextCursor.")
	@SectionApiResponses.Page
	PageView<ConnectionItem> list(
			@Parameter(description = SectionPaging.FILM_ID, example = "tt3783958") @PathVariable String id,
			@Parameter(description = SectionPaging.SIZE,
					example = "20") @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
			@Parameter(description = SectionPaging.AFTER) @RequestParam(required = false) @Nullable String after) {
		return this.didYouKnow.connectionPage(ResourceId.parse(id, "tt", "id"), size, after);
	}

	@GetMapping("/{itemId}")
	@Operation(summary = "Get one connection", description = "One of the film's connections, by its id.")
	@SectionApiResponses.Item
	ConnectionItem item(@Parameter(description = SectionPaging.FILM_ID, example = "tt3783958") @PathVariable String id,
			@Parameter(description = SectionPaging.ITEM_ID, example = "1") @PathVariable long itemId) {
		return this.didYouKnow.connection(ResourceId.parse(id, "tt", "id"), itemId);
	}

}
