package dev.marquee.didyouknow;

import dev.marquee.film.SectionApiResponses;
import dev.marquee.film.SectionPaging;
import dev.marquee.film.Spoilers;
import dev.marquee.support.web.PageView;
import dev.marquee.support.web.ResourceId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
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
@RequestMapping(path = "/api/v1/films/{id}/trivia", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = SectionApiResponses.TAG)
class TriviaController {

	private final DidYouKnow didYouKnow;

	TriviaController(DidYouKnow didYouKnow) {
		this.didYouKnow = didYouKnow;
	}

	@GetMapping
	@Operation(summary = "List a film's trivia",
			description = "Facts about the making of the film, oldest entry first, paged by cursor: follow next, or send after=nextCursor. spoilers=hide leaves out the ones that give the plot away.")
	@SectionApiResponses.Page
	PageView<TriviaItem> list(
			@Parameter(description = SectionPaging.FILM_ID, example = "tt3783958") @PathVariable String id,
			@Parameter(description = SectionPaging.SIZE,
					example = "20") @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
			@Parameter(description = SectionPaging.AFTER) @RequestParam(required = false) @Nullable String after,
			@Parameter(description = SectionPaging.SPOILERS, example = "hide",
					schema = @Schema(allowableValues = { "hide", "show" }, defaultValue = "show")) @RequestParam(
							required = false) @Nullable String spoilers) {
		return this.didYouKnow.triviaPage(ResourceId.parse(id, "tt", "id"), size, after, Spoilers.parse(spoilers));
	}

	@GetMapping("/{itemId}")
	@Operation(summary = "Get one piece of trivia", description = "One piece of the film's trivia, by its id.")
	@SectionApiResponses.Item
	TriviaItem item(@Parameter(description = SectionPaging.FILM_ID, example = "tt3783958") @PathVariable String id,
			@Parameter(description = SectionPaging.ITEM_ID, example = "1") @PathVariable long itemId) {
		return this.didYouKnow.triviaItem(ResourceId.parse(id, "tt", "id"), itemId);
	}

}
