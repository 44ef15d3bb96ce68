package dev.marquee.award;

import dev.marquee.film.Films;
import dev.marquee.support.web.Answered;
import dev.marquee.support.web.Answers;
import dev.marquee.support.web.Preconditions;
import dev.marquee.support.web.ResourceId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A film's awards as the title page shows them, and its award summary (the totals) read
 * with its version and written against it. The nominations are written one at a time
 * through {@link AwardNominationController}.
 */
@RestController
@RequestMapping(path = "/api/v1/films/{id}/awards", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = Films.SECTIONS_TAG)
class AwardController {

	private final Awards awards;

	AwardController(Awards awards) {
		this.awards = awards;
	}

	@GetMapping
	@Operation(summary = "Get a film's awards",
			description = "The totals the title page shows (243 wins & 297 nominations, \"Won 6 Oscars\"; summary is "
					+ "null when unknown) and the nominations known one by one, by year, with their nominees.")
	@Answered(Answers.SINGLE)
	AwardsView awards(@Parameter(description = Films.ID_PARAMETER, example = "tt3783958") @PathVariable String id) {
		return this.awards.forFilm(filmId(id));
	}

	@GetMapping("/summary")
	@Operation(summary = "Get a film's award summary",
			description = "The totals alone (243 wins & 297 nominations, \"Won 6 Oscars\"), as summary of GET "
					+ "/films/{id}/awards. 404 when they are unknown. The ETag is their version.")
	@Answered(Answers.SINGLE)
	ResponseEntity<AwardSummaryView> summary(
			@Parameter(description = Films.ID_PARAMETER, example = "tt3783958") @PathVariable String id) {
		return this.awards.summary(filmId(id)).ok();
	}

	@PutMapping(path = "/summary", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Set a film's award summary",
			description = "Creates the film's award totals (201) or replaces them (200); a highlight left out is "
					+ "removed. They are kept as given, not counted from the nominations, which are often not all "
					+ "known. Replacing needs If-Match with the summary's ETag (428 without, 412 when it changed "
					+ "since); creating needs none, and If-None-Match: * makes it create only. The film gets a new "
					+ "version.",
			parameters = @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.IF_MATCH,
					description = "The summary's ETag as read; required when the film has a summary",
					schema = @Schema(type = "string", example = "\"1\"")),
			security = @SecurityRequirement(name = "bearer"))
	@Answered(Answers.PUT)
	ResponseEntity<AwardSummaryView> putSummary(
			@Parameter(description = Films.ID_PARAMETER, example = "tt3783958") @PathVariable String id,
			@RequestBody @Valid AwardSummaryInput input, HttpServletRequest request) {
		return this.awards.putSummary(filmId(id), input, Preconditions.of(request))
			.answer("/api/v1/films/" + id + "/awards/summary");
	}

	@DeleteMapping("/summary")
	@Operation(summary = "Delete a film's award summary",
			description = "Makes the film's award totals unknown (summary null in GET /films/{id}/awards); the "
					+ "nominations stay. Needs If-Match with the summary's ETag (428 without, 412 when it changed "
					+ "since). The film gets a new version.",
			security = @SecurityRequirement(name = "bearer"))
	@Answered(Answers.DELETE)
	ResponseEntity<Void> deleteSummary(
			@Parameter(description = Films.ID_PARAMETER, example = "tt3783958") @PathVariable String id,
			HttpServletRequest request) {
		this.awards.removeSummary(filmId(id), Preconditions.of(request));
		return ResponseEntity.noContent().build();
	}

	private static ResourceId filmId(String id) {
		return ResourceId.parse(id, "tt", "id");
	}

}
