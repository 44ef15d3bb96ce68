package dev.marquee.details;

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
@RequestMapping(path = "/api/v1/films/{id}/locations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = SectionApiResponses.TAG)
class LocationController {

	private final Details details;

	LocationController(Details details) {
		this.details = details;
	}

	@GetMapping
	@Operation(summary = "List a film's filming locations",
			description = "Where the film was shot (Griffith Observatory, …) and what was shot there, in the order given, paged by cursor: follow next, or send after=nextCursor.")
	@SectionApiResponses.Page
	PageView<LocationItem> list(
			@Parameter(description = SectionPaging.FILM_ID, example = "tt3783958") @PathVariable String id,
			@Parameter(description = SectionPaging.SIZE,
					example = "20") @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
			@Parameter(description = SectionPaging.AFTER) @RequestParam(required = false) @Nullable String after) {
		return this.details.locationPage(ResourceId.parse(id, "tt", "id"), size, after);
	}

	@GetMapping("/{itemId}")
	@Operation(summary = "Get one filming location", description = "One of the film's filming locations, by its id.")
	@SectionApiResponses.Item
	LocationItem item(@Parameter(description = SectionPaging.FILM_ID, example = "tt3783958") @PathVariable String id,
			@Parameter(description = SectionPaging.ITEM_ID, example = "1") @PathVariable long itemId) {
		return this.details.location(ResourceId.parse(id, "tt", "id"), itemId);
	}

}
