package dev.marquee.boxoffice;

import dev.marquee.film.Films;
import dev.marquee.support.web.Answered;
import dev.marquee.support.web.Answers;
import dev.marquee.support.web.MergePatches;
import dev.marquee.support.web.Preconditions;
import dev.marquee.support.web.ResourceId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/films/{id}/box-office", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = Films.SECTIONS_TAG)
class BoxOfficeController {

	/**
	 * La La Land's figures, as a PUT sets them.
	 */
	private static final String FIGURES = """
			{"budget": {"amount": 30000000, "currency": "USD"}, "budgetEstimated": true,
			 "grossDomestic": {"amount": 151101803, "currency": "USD"},
			 "openingWeekendDomestic": {"amount": 881107, "currency": "USD"}, "openingWeekendDate": "2016-12-11",
			 "grossWorldwide": {"amount": 447407695, "currency": "USD"}}""";

	private final BoxOffices boxOffices;

	BoxOfficeController(BoxOffices boxOffices) {
		this.boxOffices = boxOffices;
	}

	@GetMapping
	@Operation(summary = "Get a film's box office figures",
			description = "Budget (possibly estimated), domestic (US & Canada) gross, opening weekend and worldwide "
					+ "gross, each an exact amount with its ISO 4217 currency. 404 when the film has no figures. "
					+ "The ETag is the figures' version.")
	@Answered(Answers.SINGLE)
	ResponseEntity<BoxOfficeView> boxOffice(
			@Parameter(description = Films.ID_PARAMETER, example = "tt3783958") @PathVariable String id) {
		return this.boxOffices.read(ResourceId.parse(id, "tt", "id")).ok();
	}

	@PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Set a film's box office figures",
			description = "Creates the film's figures (201) or replaces them (200); fields left out are removed. "
					+ "Replacing needs If-Match with the figures' ETag (428 without, 412 when they changed since); "
					+ "creating needs none, and If-None-Match: * makes it create only. The film gets a new version.",
			parameters = @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.IF_MATCH,
					description = "The figures' ETag as read; required when the film has figures",
					schema = @Schema(type = "string", example = "\"1\"")),
			security = @SecurityRequirement(name = "bearer"))
	@Answered(Answers.PUT)
	ResponseEntity<BoxOfficeView> put(
			@Parameter(description = Films.ID_PARAMETER, example = "tt3783958") @PathVariable String id,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The figures",
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = BoxOfficeInput.class),
							examples = @ExampleObject(name = "La La Land",
									value = FIGURES))) @RequestBody @Valid BoxOfficeInput input,
			HttpServletRequest request) {
		return this.boxOffices.put(ResourceId.parse(id, "tt", "id"), input, Preconditions.of(request))
			.answer("/api/v1/films/" + id + "/box-office");
	}

	@PatchMapping(consumes = MergePatches.MEDIA_TYPE)
	@Operation(summary = "Change some of a film's box office figures",
			description = "A JSON merge patch (RFC 7396) of the figures: a field set to null is removed, an absent "
					+ "field is kept, a money object is merged ({\"budget\":{\"amount\":31000000}} keeps the "
					+ "currency); the result is validated like a PUT body. Needs If-Match with the figures' ETag (428 "
					+ "without, 412 when they changed since); 404 when the film has no figures yet (PUT creates them). "
					+ "The film gets a new version.",
			parameters = @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.IF_MATCH, required = true,
					description = "The figures' ETag as read", schema = @Schema(type = "string", example = "\"1\"")),
			security = @SecurityRequirement(name = "bearer"))
	@ApiResponse(responseCode = "200", description = "Patched; the figures, ETag their new version")
	@Answered(Answers.CHANGED)
	ResponseEntity<BoxOfficeView> patch(
			@Parameter(description = Films.ID_PARAMETER, example = "tt3783958") @PathVariable String id,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The merge patch", content = @Content(
					mediaType = MergePatches.MEDIA_TYPE, schema = @Schema(implementation = BoxOfficeInput.class),
					examples = @ExampleObject(name = "worldwide gross after a re-release",
							value = "{\"grossWorldwide\": {\"amount\": 471990123}}"))) @RequestBody JsonNode patch,
			HttpServletRequest request) {
		return this.boxOffices.patch(ResourceId.parse(id, "tt", "id"), patch, Preconditions.of(request)).ok();
	}

}
