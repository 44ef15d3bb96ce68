package dev.marquee.didyouknow;

import dev.marquee.film.SectionApiResponses;
import dev.marquee.film.SectionItems;
import dev.marquee.film.SectionPaging;
import dev.marquee.film.SectionWrites;
import dev.marquee.film.Spoilers;
import dev.marquee.support.web.MergePatches;
import dev.marquee.support.web.PageView;
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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/films/{id}/goofs", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = SectionApiResponses.TAG)
class GoofController {

	private final DidYouKnow didYouKnow;

	private final SectionItems items;

	private final GoofItems store;

	GoofController(DidYouKnow didYouKnow, SectionItems items, GoofItems store) {
		this.didYouKnow = didYouKnow;
		this.items = items;
		this.store = store;
	}

	@GetMapping
	@Operation(summary = "List a film's goofs",
			description = "Mistakes spotted in the film (continuity, factual errors, …), oldest entry first, paged by cursor: follow next, or send after=nextCursor. spoilers=hide leaves out the ones that give the plot away.")
	@SectionApiResponses.Page
	PageView<GoofItem> list(
			@Parameter(description = SectionPaging.FILM_ID, example = "tt3783958") @PathVariable String id,
			@Parameter(description = SectionPaging.SIZE,
					example = "20") @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
			@Parameter(description = SectionPaging.AFTER) @RequestParam(required = false) @Nullable String after,
			@Parameter(description = SectionPaging.SPOILERS, example = "hide",
					schema = @Schema(allowableValues = { "hide", "show" }, defaultValue = "show")) @RequestParam(
							required = false) @Nullable String spoilers) {
		return this.didYouKnow.goofPage(ResourceId.parse(id, "tt", "id"), size, after, Spoilers.parse(spoilers));
	}

	@GetMapping("/{itemId}")
	@Operation(summary = "Get one goof", description = "One of the film's goofs, by its id. The ETag is its version.")
	@SectionApiResponses.Item
	ResponseEntity<GoofItem> item(
			@Parameter(description = SectionPaging.FILM_ID, example = "tt3783958") @PathVariable String id,
			@Parameter(description = SectionPaging.ITEM_ID, example = "1") @PathVariable long itemId) {
		return this.items.read(filmId(id), itemId, this.store).ok();
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Add a goof", description = SectionWrites.ADD,
			security = @SecurityRequirement(name = "bearer"))
	@SectionApiResponses.Create
	ResponseEntity<GoofItem> add(
			@Parameter(description = SectionPaging.FILM_ID, example = "tt3783958") @PathVariable String id,
			@RequestBody @Valid GoofInput input) {
		return this.items.add(filmId(id), input, this.store).created(id, "goofs");
	}

	@PutMapping(path = "/{itemId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Replace a goof", description = SectionWrites.REPLACE,
			security = @SecurityRequirement(name = "bearer"))
	@SectionApiResponses.Write
	ResponseEntity<GoofItem> replace(
			@Parameter(description = SectionPaging.FILM_ID, example = "tt3783958") @PathVariable String id,
			@Parameter(description = SectionPaging.ITEM_ID, example = "1") @PathVariable long itemId,
			@RequestBody @Valid GoofInput input, HttpServletRequest request) {
		return this.items.replace(filmId(id), itemId, input, Preconditions.of(request), this.store).ok();
	}

	@PatchMapping(path = "/{itemId}", consumes = MergePatches.MEDIA_TYPE)
	@Operation(summary = "Change a goof", description = SectionWrites.PATCH,
			security = @SecurityRequirement(name = "bearer"))
	@SectionApiResponses.Write
	ResponseEntity<GoofItem> patch(
			@Parameter(description = SectionPaging.FILM_ID, example = "tt3783958") @PathVariable String id,
			@Parameter(description = SectionPaging.ITEM_ID, example = "1") @PathVariable long itemId,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(mediaType = MergePatches.MEDIA_TYPE,
							schema = @Schema(implementation = GoofInput.class))) @RequestBody JsonNode patch,
			HttpServletRequest request) {
		return this.items.patch(filmId(id), itemId, patch, Preconditions.of(request), this.store).ok();
	}

	@DeleteMapping("/{itemId}")
	@Operation(summary = "Delete a goof", description = SectionWrites.DELETE,
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
