package dev.marquee.films;

import dev.marquee.film.Films;
import dev.marquee.support.web.Answered;
import dev.marquee.support.web.Answers;
import dev.marquee.support.web.ResourceId;
import dev.marquee.support.web.Versioned;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Creates a film from its own fields.
 */
@RestController
@RequestMapping(path = "/api/v1/films", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Films")
class FilmCreateController {

	private final FilmCreation creation;

	private final TitlePages titlePages;

	FilmCreateController(FilmCreation creation, TitlePages titlePages) {
		this.creation = creation;
		this.titlePages = titlePages;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Create a film",
			description = "Creates a film from its IMDb id and own fields (imdbId, title and type are required; lists "
					+ "left out are empty). Its sections are then added through their own resources, or the whole film "
					+ "is written at once with PUT /films/{imdbId}/document. Answers 201 with the film, its Location "
					+ "and its version as ETag; 409 when a film has this IMDb id already. Honours Idempotency-Key: a "
					+ "retry with the same key gets the first answer.",
			security = @SecurityRequirement(name = "bearer"))
	@ApiResponse(responseCode = "201", description = "Created; Location names the film, ETag is its version",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = FilmView.class)))
	@Answered(Answers.CREATED)
	ResponseEntity<FilmView> create(@RequestBody @Valid NewFilm film) {
		Versioned<FilmView> created = this.titlePages.film(ResourceId.parse(this.creation.create(film), "tt", "id"));
		return created.created("/api/v1/films/" + created.view().imdbId());
	}

}
