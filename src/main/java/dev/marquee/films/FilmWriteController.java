package dev.marquee.films;

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
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Writes of a film's own fields, and its deletion, each conditional on the version read.
 */
@RestController
@RequestMapping(path = "/api/v1/films/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Films")
class FilmWriteController {

	static final String IF_MATCH = "The film's ETag as read (GET /films/{id} or its document), e.g. \"7\"; "
			+ "required so that no edit is lost";

	private final FilmWrites writes;

	private final TitlePages titlePages;

	FilmWriteController(FilmWrites writes, TitlePages titlePages) {
		this.writes = writes;
		this.titlePages = titlePages;
	}

	@PatchMapping(consumes = MergePatches.MEDIA_TYPE)
	@Operation(summary = "Change a film's own fields",
			description = "A JSON merge patch (RFC 7396) of the film's own fields: a field set to null is removed (a "
					+ "list or object becomes empty), an absent field is kept. Ids, versions, timestamps and sections "
					+ "are refused, each named; sections are written through their own resources. Needs If-Match "
					+ "with the film's ETag; answers the film without sections and its new ETag.",
			parameters = @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.IF_MATCH, required = true,
					description = IF_MATCH, schema = @Schema(type = "string", example = "\"7\"")),
			security = @SecurityRequirement(name = "bearer"))
	@Answered(Answers.FILM_PATCH)
	ResponseEntity<FilmView> patch(
			@Parameter(description = "Numeric id or IMDb id", example = "tt3783958") @PathVariable String id,
			HttpServletRequest request,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The merge patch",
					content = @Content(mediaType = MergePatches.MEDIA_TYPE,
							schema = @Schema(implementation = FilmFields.class))) @RequestBody JsonNode patch) {
		String imdbId = this.writes.patch(ResourceId.parse(id, "tt", "id"), patch, Preconditions.of(request));
		return this.titlePages.film(ResourceId.parse(imdbId, "tt", "id")).ok();
	}

	@DeleteMapping
	@Operation(summary = "Delete a film",
			description = "Deletes the film and every section of its title page (credits, trivia, reviews, box "
					+ "office, …) and its list memberships; the people and companies it credits stay. Needs If-Match "
					+ "with the film's ETag.",
			parameters = @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.IF_MATCH, required = true,
					description = IF_MATCH, schema = @Schema(type = "string", example = "\"7\"")),
			security = @SecurityRequirement(name = "bearer"))
	@Answered(Answers.FILM_DELETE)
	ResponseEntity<Void> delete(
			@Parameter(description = "Numeric id or IMDb id", example = "tt3783958") @PathVariable String id,
			HttpServletRequest request) {
		this.writes.delete(ResourceId.parse(id, "tt", "id"), Preconditions.of(request));
		return ResponseEntity.noContent().build();
	}

}
