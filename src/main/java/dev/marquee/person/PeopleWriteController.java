package dev.marquee.person;

import dev.marquee.support.web.Answered;
import dev.marquee.support.web.Answers;
import dev.marquee.support.web.MergePatches;
import dev.marquee.support.web.Preconditions;
import dev.marquee.support.web.ResourceId;
import dev.marquee.support.web.Versioned;
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

@RestController
@RequestMapping(path = "/api/v1/people", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "People")
class PeopleWriteController {

	private static final String ID = "Numeric id or IMDb id";

	private static final String IF_MATCH = "The person's ETag as read (GET /people/{id}), e.g. \"3\"";

	private final PersonWrites writes;

	PeopleWriteController(PersonWrites writes) {
		this.writes = writes;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Create a person",
			description = "Creates a person; only name is required. Answers 201 with the person, its Location and its "
					+ "version as ETag; 409 when another person has the IMDb id. Honours Idempotency-Key.",
			security = @SecurityRequirement(name = "bearer"))
	@ApiResponse(responseCode = "201", description = "Created; Location names the person, ETag is its version")
	@Answered(Answers.CREATED)
	ResponseEntity<PersonView> create(@RequestBody @Valid PersonInput input) {
		Versioned<PersonView> created = this.writes.create(input);
		return created.created("/api/v1/people/" + location(created.view()));
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Replace a person",
			description = "Replaces every writable field of the person (fields left out are removed). Needs If-Match "
					+ "with the person's ETag (428 without, 412 when it changed since); 409 when another person has "
					+ "the IMDb id.",
			parameters = @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.IF_MATCH, required = true,
					description = IF_MATCH, schema = @Schema(type = "string", example = "\"3\"")),
			security = @SecurityRequirement(name = "bearer"))
	@ApiResponse(responseCode = "200", description = "Replaced; the person, ETag its new version")
	@Answered(Answers.UPDATED)
	ResponseEntity<PersonView> replace(@Parameter(description = ID, example = "nm1297015") @PathVariable String id,
			@RequestBody @Valid PersonInput input, HttpServletRequest request) {
		return this.writes.replace(personId(id), input, Preconditions.of(request)).ok();
	}

	@PatchMapping(path = "/{id}", consumes = MergePatches.MEDIA_TYPE)
	@Operation(summary = "Change a person",
			description = "A JSON merge patch (RFC 7396) of the person's fields: null removes a field, an absent field "
					+ "is kept; the result is validated like a POST body. Needs If-Match with the person's ETag (428 "
					+ "without, 412 when it changed since).",
			parameters = @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.IF_MATCH, required = true,
					description = IF_MATCH, schema = @Schema(type = "string", example = "\"3\"")),
			security = @SecurityRequirement(name = "bearer"))
	@ApiResponse(responseCode = "200", description = "Patched; the person, ETag its new version")
	@Answered(Answers.UPDATED)
	ResponseEntity<PersonView> patch(@Parameter(description = ID, example = "nm1297015") @PathVariable String id,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The merge patch",
					content = @Content(mediaType = MergePatches.MEDIA_TYPE,
							schema = @Schema(implementation = PersonInput.class))) @RequestBody JsonNode patch,
			HttpServletRequest request) {
		return this.writes.patch(personId(id), patch, Preconditions.of(request)).ok();
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete a person",
			description = "Deletes a person who has no credits left. A person still credited on a film (cast, crew, "
					+ "soundtrack or award nomination) is not deleted: 409 says how many credits there are, so that "
					+ "no film is left crediting nobody; delete or change those credits first. Needs If-Match with "
					+ "the person's ETag.",
			parameters = @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.IF_MATCH, required = true,
					description = IF_MATCH, schema = @Schema(type = "string", example = "\"3\"")),
			security = @SecurityRequirement(name = "bearer"))
	@ApiResponse(responseCode = "204", description = "Deleted", content = @Content)
	@Answered(Answers.DELETED)
	ResponseEntity<Void> delete(@Parameter(description = ID, example = "nm1297015") @PathVariable String id,
			HttpServletRequest request) {
		this.writes.delete(personId(id), Preconditions.of(request));
		return ResponseEntity.noContent().build();
	}

	private static ResourceId personId(String id) {
		return ResourceId.parse(id, "nm", "id");
	}

	private static String location(PersonView person) {
		return (person.imdbId() != null) ? person.imdbId() : String.valueOf(person.id());
	}

}
