package dev.marquee.credit;

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
@RequestMapping(path = "/api/v1/films/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = SectionApiResponses.TAG)
class CreditController {

	private final Credits credits;

	CreditController(Credits credits) {
		this.credits = credits;
	}

	@GetMapping("/cast")
	@Operation(summary = "List a film's cast",
			description = "The actors in billing order (Ryan Gosling, Emma Stone, …), each with the characters they "
					+ "play, paged by cursor: follow next, or send after=nextCursor.")
	@SectionApiResponses.Page
	PageView<CastMember> cast(
			@Parameter(description = SectionPaging.FILM_ID, example = "tt3783958") @PathVariable String id,
			@Parameter(description = SectionPaging.SIZE,
					example = "20") @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
			@Parameter(description = SectionPaging.AFTER) @RequestParam(required = false) @Nullable String after) {
		return this.credits.castPage(ResourceId.parse(id, "tt", "id"), size, after);
	}

	@GetMapping("/crew")
	@Operation(summary = "List a film's crew",
			description = "Who did which job, grouped by department (directing, writing, producing, music, …) and in "
					+ "credit order within each, paged by cursor: follow next, or send after=nextCursor.")
	@SectionApiResponses.Page
	PageView<CrewMember> crew(
			@Parameter(description = SectionPaging.FILM_ID, example = "tt3783958") @PathVariable String id,
			@Parameter(description = SectionPaging.SIZE,
					example = "20") @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
			@Parameter(description = SectionPaging.AFTER) @RequestParam(required = false) @Nullable String after) {
		return this.credits.crewPage(ResourceId.parse(id, "tt", "id"), size, after);
	}

}
