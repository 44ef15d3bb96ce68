package dev.marquee.details;

import dev.marquee.film.SectionApiResponses;
import dev.marquee.film.SectionItems;
import dev.marquee.film.SectionPaging;
import dev.marquee.film.SectionWrites;
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
@RequestMapping(path = "/api/v1/films/{id}/alternate-titles", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = SectionApiResponses.TAG)
class AlternateTitleController {

	private final Details details;

	private final SectionItems items;

	private final AlternateTitleItems store;

	AlternateTitleController(Details details, SectionItems items, AlternateTitleItems store) {
		this.details = details;
		this.items = items;
		this.store = store;
	}

	@GetMapping
	@Operation(summary = "List a film's alternate titles",
			description = "Other titles the film is known by (AKAs such as LaLa Land), with region and language, oldest entry first, paged by cursor: follow next, or send after=nextCursor.")
	@SectionApiResponses.Page
	PageView<AlternateTitleItem> list(
			@Parameter(description = SectionPaging.FILM_ID, example = "tt3783958") @PathVariable String id,
			@Parameter(description = SectionPaging.SIZE,
					example = "20") @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
			@Parameter(description = SectionPaging.AFTER) @RequestParam(required = false) @Nullable String after) {
		return this.details.alternateTitlePage(ResourceId.parse(id, "tt", "id"), size, after);
	}

	@GetMapping("/{itemId}")
	@Operation(summary = "Get one alternate title",
			description = "One of the film's alternate titles, by its id. The ETag is its version.")
	@SectionApiResponses.Item
	ResponseEntity<AlternateTitleItem> item(
			@Parameter(description = SectionPaging.FILM_ID, example = "tt3783958") @PathVariable String id,
			@Parameter(description = SectionPaging.ITEM_ID, example = "1") @PathVariable long itemId) {
		return this.items.read(filmId(id), itemId, this.store).ok();
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Add an alternate title", description = SectionWrites.ADD,
			security = @SecurityRequirement(name = "bearer"))
	@SectionApiResponses.Create
	ResponseEntity<AlternateTitleItem> add(
			@Parameter(description = SectionPaging.FILM_ID, example = "tt3783958") @PathVariable String id,
			@RequestBody @Valid AlternateTitleInput input) {
		return this.items.add(filmId(id), input, this.store).created(id, "alternate-titles");
	}

	@PutMapping(path = "/{itemId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Replace an alternate title", description = SectionWrites.REPLACE,
			security = @SecurityRequirement(name = "bearer"))
	@SectionApiResponses.Write
	ResponseEntity<AlternateTitleItem> replace(
			@Parameter(description = SectionPaging.FILM_ID, example = "tt3783958") @PathVariable String id,
			@Parameter(description = SectionPaging.ITEM_ID, example = "1") @PathVariable long itemId,
			@RequestBody @Valid AlternateTitleInput input, HttpServletRequest request) {
		return this.items.replace(filmId(id), itemId, input, Preconditions.of(request), this.store).ok();
	}

	@PatchMapping(path = "/{itemId}", consumes = MergePatches.MEDIA_TYPE)
	@Operation(summary = "Change an alternate title", description = SectionWrites.PATCH,
			security = @SecurityRequirement(name = "bearer"))
	@SectionApiResponses.Write
	ResponseEntity<AlternateTitleItem> patch(
			@Parameter(description = SectionPaging.FILM_ID, example = "tt3783958") @PathVariable String id,
			@Parameter(description = SectionPaging.ITEM_ID, example = "1") @PathVariable long itemId,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(mediaType = MergePatches.MEDIA_TYPE,
							schema = @Schema(implementation = AlternateTitleInput.class))) @RequestBody JsonNode patch,
			HttpServletRequest request) {
		return this.items.patch(filmId(id), itemId, patch, Preconditions.of(request), this.store).ok();
	}

	@DeleteMapping("/{itemId}")
	@Operation(summary = "Delete an alternate title", description = SectionWrites.DELETE,
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
