package dev.marquee.review;

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
@RequestMapping(path = "/api/v1/films/{id}/reviews", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = SectionApiResponses.TAG)
class ReviewController {

	private final Reviews reviews;

	ReviewController(Reviews reviews) {
		this.reviews = reviews;
	}

	@GetMapping
	@Operation(summary = "List a film's user reviews",
			description = "User reviews, most helpful first by default; sort=date lists the newest first and "
					+ "sort=rating the highest rated first (reviews without a rating last), ties broken by id. Paged by "
					+ "cursor: follow next, or send after=nextCursor with the same sort. spoilers=hide leaves out "
					+ "reviews that give the plot away.")
	@SectionApiResponses.Page
	PageView<ReviewItem> list(
			@Parameter(description = SectionPaging.FILM_ID, example = "tt3783958") @PathVariable String id,
			@Parameter(description = SectionPaging.SIZE,
					example = "20") @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
			@Parameter(description = SectionPaging.AFTER) @RequestParam(required = false) @Nullable String after,
			@Parameter(
					description = "The order: helpful (most helpful votes first, the default), date (newest "
							+ "first) or rating (highest first, unrated last)",
					example = "helpful",
					schema = @Schema(allowableValues = { "helpful", "date", "rating" },
							defaultValue = "helpful")) @RequestParam(required = false) @Nullable String sort,
			@Parameter(description = SectionPaging.SPOILERS, example = "hide",
					schema = @Schema(allowableValues = { "hide", "show" }, defaultValue = "show")) @RequestParam(
							required = false) @Nullable String spoilers) {
		return this.reviews.page(ResourceId.parse(id, "tt", "id"), size, after, ReviewSort.parse(sort),
				Spoilers.parse(spoilers));
	}

	@GetMapping("/{itemId}")
	@Operation(summary = "Get one user review", description = "One of the film's user reviews, by its id.")
	@SectionApiResponses.Item
	ReviewItem item(@Parameter(description = SectionPaging.FILM_ID, example = "tt3783958") @PathVariable String id,
			@Parameter(description = SectionPaging.ITEM_ID, example = "1") @PathVariable long itemId) {
		return this.reviews.item(ResourceId.parse(id, "tt", "id"), itemId);
	}

}
