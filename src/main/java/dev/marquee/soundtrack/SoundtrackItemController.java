package dev.marquee.soundtrack;

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
 * One soundtrack at a time, its credit lines part of it: read with its version, and
 * written against it.
 */
@RestController
@RequestMapping(path = "/api/v1/films/{id}/soundtracks", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = SectionApiResponses.TAG)
class SoundtrackItemController {

	private final SectionItems items;

	private final SoundtrackItems store;

	SoundtrackItemController(SectionItems items, SoundtrackItems store) {
		this.items = items;
		this.store = store;
	}

	@GetMapping("/{itemId}")
	@Operation(summary = "Get one soundtrack",
			description = "One song of the film's soundtracks with its credit lines, by its id. The ETag is its version.")
	@SectionApiResponses.Item
	ResponseEntity<SoundtrackItem> item(
			@Parameter(description = SectionPaging.FILM_ID, example = "tt3783958") @PathVariable String id,
			@Parameter(description = SectionPaging.ITEM_ID, example = "1") @PathVariable long itemId) {
		return this.items.read(filmId(id), itemId, this.store).ok();
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Add a soundtrack", description = SectionWrites.ADD
			+ " The song goes last in the film's soundtracks; its credit lines keep the order given, each line's person matched by IMDb id, else by exact name among people without one, and created only when none matches.",
			security = @SecurityRequirement(name = "bearer"))
	@SectionApiResponses.Create
	ResponseEntity<SoundtrackItem> add(
			@Parameter(description = SectionPaging.FILM_ID, example = "tt3783958") @PathVariable String id,
			@RequestBody @Valid SoundtrackInput input) {
		return this.items.add(filmId(id), input, this.store).created(id, "soundtracks");
	}

	@PutMapping(path = "/{itemId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Replace a soundtrack",
			description = SectionWrites.REPLACE
					+ " The credit lines are replaced as a whole, in the order given; the song keeps its place.",
			security = @SecurityRequirement(name = "bearer"))
	@SectionApiResponses.Write
	ResponseEntity<SoundtrackItem> replace(
			@Parameter(description = SectionPaging.FILM_ID, example = "tt3783958") @PathVariable String id,
			@Parameter(description = SectionPaging.ITEM_ID, example = "1") @PathVariable long itemId,
			@RequestBody @Valid SoundtrackInput input, HttpServletRequest request) {
		return this.items.replace(filmId(id), itemId, input, Preconditions.of(request), this.store).ok();
	}

	@PatchMapping(path = "/{itemId}", consumes = MergePatches.MEDIA_TYPE)
	@Operation(summary = "Change a soundtrack", description = SectionWrites.PATCH
			+ " The credit lines are one field: a patch that names credits replaces every line, in the order given.",
			security = @SecurityRequirement(name = "bearer"))
	@SectionApiResponses.Write
	ResponseEntity<SoundtrackItem> patch(
			@Parameter(description = SectionPaging.FILM_ID, example = "tt3783958") @PathVariable String id,
			@Parameter(description = SectionPaging.ITEM_ID, example = "1") @PathVariable long itemId,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(mediaType = MergePatches.MEDIA_TYPE,
							schema = @Schema(implementation = SoundtrackInput.class))) @RequestBody JsonNode patch,
			HttpServletRequest request) {
		return this.items.patch(filmId(id), itemId, patch, Preconditions.of(request), this.store).ok();
	}

	@DeleteMapping("/{itemId}")
	@Operation(summary = "Delete a soundtrack",
			description = SectionWrites.DELETE + " Its credit lines go with it; the people they name stay.",
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
