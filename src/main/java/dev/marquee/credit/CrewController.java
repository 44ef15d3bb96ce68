package dev.marquee.credit;

import dev.marquee.film.SectionApiResponses;
import dev.marquee.film.SectionItems;
import dev.marquee.film.SectionPaging;
import dev.marquee.film.SectionWrites;
import dev.marquee.support.web.MergePatches;
import dev.marquee.support.web.Preconditions;
import dev.marquee.support.web.ResourceId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * One crew credit at a time: read with its version, and written against it.
 */
@RestController
@RequestMapping(path = "/api/v1/films/{id}/crew", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = SectionApiResponses.TAG)
class CrewController {

	private final SectionItems items;

	private final CrewItems store;

	CrewController(SectionItems items, CrewItems store) {
		this.items = items;
		this.store = store;
	}

	@GetMapping("/{itemId}")
	@Operation(summary = "Get one crew credit",
			description = "One crew credit on the film, by the credit's id. The ETag is its version.")
	@SectionApiResponses.Item
	ResponseEntity<CrewMember> crewMember(
			@Parameter(description = SectionPaging.FILM_ID, example = "tt3783958") @PathVariable String id,
			@Parameter(description = SectionPaging.ITEM_ID, example = "1") @PathVariable long itemId) {
		return this.items.read(filmId(id), itemId, this.store).ok();
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Add a crew credit",
			description = SectionWrites.ADD + " The credit goes last in its department. The person is matched by "
					+ "IMDb id, else by exact name among people without one, and created only when none matches.",
			security = @SecurityRequirement(name = "bearer"))
	@SectionApiResponses.Create
	ResponseEntity<CrewMember> add(
			@Parameter(description = SectionPaging.FILM_ID, example = "tt3783958") @PathVariable String id,
			@RequestBody @Valid CrewMemberInput input) {
		return this.items.add(filmId(id), input, this.store).created(id, "crew");
	}

	@PutMapping(path = "/{itemId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Replace a crew credit",
			description = SectionWrites.REPLACE + " A credit moved to another department goes last in it; the person "
					+ "is matched as for a new credit.",
			security = @SecurityRequirement(name = "bearer"))
	@SectionApiResponses.Write
	ResponseEntity<CrewMember> replace(
			@Parameter(description = SectionPaging.FILM_ID, example = "tt3783958") @PathVariable String id,
			@Parameter(description = SectionPaging.ITEM_ID, example = "1") @PathVariable long itemId,
			@RequestBody @Valid CrewMemberInput input, HttpServletRequest request) {
		return this.items.replace(filmId(id), itemId, input, Preconditions.of(request), this.store).ok();
	}

	@PatchMapping(path = "/{itemId}", consumes = MergePatches.MEDIA_TYPE)
	@Operation(summary = "Change a crew credit",
			description = SectionWrites.PATCH + " A credit moved to another department goes last in it.",
			security = @SecurityRequirement(name = "bearer"))
	@SectionApiResponses.Write
	ResponseEntity<CrewMember> patch(
			@Parameter(description = SectionPaging.FILM_ID, example = "tt3783958") @PathVariable String id,
			@Parameter(description = SectionPaging.ITEM_ID, example = "1") @PathVariable long itemId,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(mediaType = MergePatches.MEDIA_TYPE,
							schema = @Schema(implementation = CrewMemberInput.class))) @RequestBody JsonNode patch,
			HttpServletRequest request) {
		return this.items.patch(filmId(id), itemId, patch, Preconditions.of(request), this.store).ok();
	}

	@DeleteMapping("/{itemId}")
	@Operation(summary = "Delete a crew credit", description = SectionWrites.DELETE + " The person stays.",
			security = @SecurityRequirement(name = "bearer"))
	@SectionApiResponses.Delete
	ResponseEntity<Void> delete(
			@Parameter(description = SectionPaging.FILM_ID, example = "tt3783958") @PathVariable String id,
			@Parameter(description = SectionPaging.ITEM_ID, example = "1") @PathVariable long itemId,
			HttpServletRequest request) {
		this.items.remove(filmId(id), itemId, Preconditions.of(request), this.store);
		return ResponseEntity.noContent().build();
	}

	private static ResourceId filmId(String id) {
		return ResourceId.parse(id, "tt", "id");
	}

}
