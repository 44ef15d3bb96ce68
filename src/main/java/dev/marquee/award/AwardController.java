package dev.marquee.award;

import dev.marquee.film.SectionApiResponses;
import dev.marquee.film.SectionPaging;
import dev.marquee.support.web.ResourceId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/films/{id}/awards", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = SectionApiResponses.TAG)
class AwardController {

	private final Awards awards;

	AwardController(Awards awards) {
		this.awards = awards;
	}

	@GetMapping
	@Operation(summary = "Get a film's awards",
			description = "The totals the title page shows (243 wins & 297 nominations, \"Won 6 Oscars\"; summary is "
					+ "null when unknown) and the nominations known one by one, by year, with their nominees.")
	@SectionApiResponses.Single
	AwardsView awards(@Parameter(description = SectionPaging.FILM_ID, example = "tt3783958") @PathVariable String id) {
		return this.awards.forFilm(ResourceId.parse(id, "tt", "id"));
	}

}
