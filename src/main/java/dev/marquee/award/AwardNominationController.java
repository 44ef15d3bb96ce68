package dev.marquee.award;

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
 * One award nomination at a time, its nominees part of it: read with its version, and
 * written against it.
 */
@RestController
@RequestMapping(path = "/api/v1/films/{id}/awards/nominations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = SectionApiResponses.TAG)
class AwardNominationController {

	private final SectionItems items;

	private final AwardNominationItems store;

	AwardNominationController(SectionItems items, AwardNominationItems store) {
		this.items = items;
		this.store = store;
	}

	@GetMapping("/{itemId}")
	@Operation(summary = "Get one award nomination",
			description = "One nomination of the film, as GET /films/{id}/awards lists it, by its id. The ETag is its version.")
	@SectionApiResponses.Item
	ResponseEntity<AwardNominationItem> item(
			@Parameter(description = SectionPaging.FILM_ID, example = "tt3783958") @PathVariable String id,
			@Parameter(description = SectionPaging.ITEM_ID, example = "1") @PathVariable long itemId) {
		return this.items.read(filmId(id), itemId, this.store).ok();
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Add an award nomination", description = SectionWrites.ADD
			+ " The nominees keep the order given; a nominee's person, when given, is matched by IMDb id, else by exact name among people without one, and created only when none matches. The award summary is not recomputed: it is set by PUT /films/{id}/awards/summary.",
			security = @SecurityRequirement(name = "bearer"))
	@SectionApiResponses.Create
	ResponseEntity<AwardNominationItem> add(
			@Parameter(description = SectionPaging.FILM_ID, example = "tt3783958") @PathVariable String id,
			@RequestBody @Valid AwardNominationInput input) {
		return this.items.add(filmId(id), input, this.store).created(id, "awards/nominations");
	}

	@PutMapping(path = "/{itemId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Replace an award nomination",
			description = SectionWrites.REPLACE + " The nominees are replaced as a whole, in the order given.",
			security = @SecurityRequirement(name = "bearer"))
	@SectionApiResponses.Write
	ResponseEntity<AwardNominationItem> replace(
			@Parameter(description = SectionPaging.FILM_ID, example = "tt3783958") @PathVariable String id,
			@Parameter(description = SectionPaging.ITEM_ID, example = "1") @PathVariable long itemId,
			@RequestBody @Valid AwardNominationInput input, HttpServletRequest request) {
		return this.items.replace(filmId(id), itemId, input, Preconditions.of(request), this.store).ok();
	}

	@PatchMapping(path = "/{itemId}", consumes = MergePatches.MEDIA_TYPE)
	@Operation(summary = "Change an award nomination",
			description = SectionWrites.PATCH
					+ " The nominees are one field: a patch that names nominees replaces them all, in the order given.",
			security = @SecurityRequirement(name = "bearer"))
	@SectionApiResponses.Write
	ResponseEntity<AwardNominationItem> patch(
			@Parameter(description = SectionPaging.FILM_ID, example = "tt3783958") @PathVariable String id,
			@Parameter(description = SectionPaging.ITEM_ID, example = "1") @PathVariable long itemId,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(mediaType = MergePatches.MEDIA_TYPE,
							schema = @Schema(implementation = AwardNominationInput.class))) @RequestBody JsonNode patch,
			HttpServletRequest request) {
		return this.items.patch(filmId(id), itemId, patch, Preconditions.of(request), this.store).ok();
	}

	@DeleteMapping("/{itemId}")
	@Operation(summary = "Delete an award nomination",
			description = SectionWrites.DELETE + " The people its nominees name stay.",
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
