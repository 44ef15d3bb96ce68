package dev.marquee.boxoffice;

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
@RequestMapping(path = "/api/v1/films/{id}/box-office", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = SectionApiResponses.TAG)
class BoxOfficeController {

	private final BoxOffices boxOffices;

	BoxOfficeController(BoxOffices boxOffices) {
		this.boxOffices = boxOffices;
	}

	@GetMapping
	@Operation(summary = "Get a film's box office figures",
			description = "Budget (possibly estimated), domestic (US & Canada) gross, opening weekend and worldwide "
					+ "gross, each an exact amount with its ISO 4217 currency. 404 when the film has no figures.")
	@SectionApiResponses.Single
	BoxOfficeView boxOffice(
			@Parameter(description = SectionPaging.FILM_ID, example = "tt3783958") @PathVariable String id) {
		return this.boxOffices.require(ResourceId.parse(id, "tt", "id"));
	}

}
