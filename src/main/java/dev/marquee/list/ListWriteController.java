package dev.marquee.list;

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
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Writes of lists: their own fields, and their films with their order. Every answer that
 * has a body is the whole list with its new version as ETag.
 */
@RestController
@RequestMapping(path = "/api/v1/lists", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Lists")
class ListWriteController {

	private static final String ID = "The list's numeric id";

	private static final String IF_MATCH = "The list's ETag as read (GET /lists/{id}), e.g. \"4\"";

	private final ListWrites writes;

	private final ListCatalogue catalogue;

	ListWriteController(ListWrites writes, ListCatalogue catalogue) {
		this.writes = writes;
		this.catalogue = catalogue;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Create a list",
			description = "Creates an empty list; add films with POST /lists/{id}/items or PUT /lists/{id}/items. "
					+ "Answers 201 with the list, its Location and its version as ETag; 409 when a list has the title "
					+ "(titles are unique: film documents name lists by title). Honours Idempotency-Key.",
			security = @SecurityRequirement(name = "bearer"))
	@ApiResponse(responseCode = "201", description = "Created; Location names the list, ETag is its version")
	@Answered(Answers.CREATED)
	ResponseEntity<ListView> create(@RequestBody @Valid ListInput input) {
		long id = this.writes.create(input);
		return this.catalogue.read(id).created("/api/v1/lists/" + id);
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Replace a list's title and description",
			description = "Replaces the list's own fields (a description left out is removed); its films stay. Needs "
					+ "If-Match with the list's ETag (428 without, 412 when it changed since); 409 when another list "
					+ "has the title.",
			parameters = @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.IF_MATCH, required = true,
					description = IF_MATCH, schema = @Schema(type = "string", example = "\"4\"")),
			security = @SecurityRequirement(name = "bearer"))
	@ApiResponse(responseCode = "200", description = "Replaced; the list, ETag its new version")
	@Answered(Answers.UPDATED)
	ResponseEntity<ListView> replace(@Parameter(description = ID, example = "1") @PathVariable long id,
			@RequestBody @Valid ListInput input, HttpServletRequest request) {
		return this.catalogue.read(this.writes.replace(id, input, Preconditions.of(request))).ok();
	}

	@PatchMapping(path = "/{id}", consumes = MergePatches.MEDIA_TYPE)
	@Operation(summary = "Change a list's title or description",
			description = "A JSON merge patch (RFC 7396) of the list's own fields: null removes the description, an "
					+ "absent field is kept. Needs If-Match with the list's ETag (428 without, 412 when it changed "
					+ "since); 409 when another list has the title.",
			parameters = @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.IF_MATCH, required = true,
					description = IF_MATCH, schema = @Schema(type = "string", example = "\"4\"")),
			security = @SecurityRequirement(name = "bearer"))
	@ApiResponse(responseCode = "200", description = "Patched; the list, ETag its new version")
	@Answered(Answers.UPDATED)
	ResponseEntity<ListView> patch(@Parameter(description = ID, example = "1") @PathVariable long id,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The merge patch",
					content = @Content(mediaType = MergePatches.MEDIA_TYPE,
							schema = @Schema(implementation = ListInput.class))) @RequestBody JsonNode patch,
			HttpServletRequest request) {
		return this.catalogue.read(this.writes.patch(id, patch, Preconditions.of(request))).ok();
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete a list",
			description = "Deletes the list; its films stay in the catalogue. Needs If-Match with the list's ETag.",
			parameters = @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.IF_MATCH, required = true,
					description = IF_MATCH, schema = @Schema(type = "string", example = "\"4\"")),
			security = @SecurityRequirement(name = "bearer"))
	@ApiResponse(responseCode = "204", description = "Deleted", content = @Content)
	@Answered(Answers.REMOVED)
	ResponseEntity<Void> delete(@Parameter(description = ID, example = "1") @PathVariable long id,
			HttpServletRequest request) {
		this.writes.delete(id, Preconditions.of(request));
		return ResponseEntity.noContent().build();
	}

	@PostMapping(path = "/{id}/items", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Add a film to a list",
			description = "Puts a film on the list at position (the films from there on move down one) or, without "
					+ "one, at the end. If-Match is honoured when sent (412 when the list changed since) but not "
					+ "needed. Answers the whole list with its new ETag; 409 when the film is on the list already, 400 "
					+ "when no film has the IMDb id.",
			parameters = @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.IF_MATCH, description = IF_MATCH,
					schema = @Schema(type = "string", example = "\"4\"")),
			security = @SecurityRequirement(name = "bearer"))
	@ApiResponse(responseCode = "200", description = "Added; the list, ETag its new version")
	@Answered(Answers.UPDATED)
	ResponseEntity<ListView> add(@Parameter(description = ID, example = "1") @PathVariable long id,
			@RequestBody @Valid ListItemsInput.New input, HttpServletRequest request) {
		return this.catalogue.read(this.writes.add(id, input, Preconditions.of(request))).ok();
	}

	@PutMapping(path = "/{id}/items", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Reorder a list's films (or replace them)",
			description = "The list's films become exactly these, in this order (first first), with these notes: "
					+ "send the films as GET gave them in a new order to reorder; films left out leave the list and "
					+ "new ones join it. Needs If-Match with the list's ETag (428 without, 412 when it changed since), "
					+ "so a reorder never undoes another admin's. Unknown and repeated films are refused, each named. "
					+ "At most " + ListItemsInput.MAX + " films.",
			parameters = @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.IF_MATCH, required = true,
					description = IF_MATCH, schema = @Schema(type = "string", example = "\"4\"")),
			security = @SecurityRequirement(name = "bearer"))
	@ApiResponse(responseCode = "200", description = "Reordered; the list, ETag its new version")
	@Answered(Answers.CHANGED)
	ResponseEntity<ListView> replaceItems(@Parameter(description = ID, example = "1") @PathVariable long id,
			@RequestBody @Valid ListItemsInput input, HttpServletRequest request) {
		return this.catalogue.read(this.writes.replaceItems(id, input, Preconditions.of(request))).ok();
	}

	@DeleteMapping("/{id}/items/{filmId}")
	@Operation(summary = "Take a film off a list",
			description = "Removes the film from the list (the film stays in the catalogue); the films after it move "
					+ "up one. Needs If-Match with the list's ETag.",
			parameters = @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.IF_MATCH, required = true,
					description = IF_MATCH, schema = @Schema(type = "string", example = "\"4\"")),
			security = @SecurityRequirement(name = "bearer"))
	@ApiResponse(responseCode = "204", description = "Removed", content = @Content)
	@Answered(Answers.REMOVED)
	ResponseEntity<Void> remove(@Parameter(description = ID, example = "1") @PathVariable long id,
			@Parameter(description = "The film's IMDb id or numeric id",
					example = "tt3783958") @PathVariable String filmId,
			HttpServletRequest request) {
		this.writes.remove(id, ResourceId.parse(filmId, "tt", "filmId"), Preconditions.of(request));
		return ResponseEntity.noContent().build();
	}

}
