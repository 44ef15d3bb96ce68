package dev.marquee.films;

import java.net.URI;
import java.util.List;

import dev.marquee.film.Film;
import dev.marquee.support.web.Answered;
import dev.marquee.support.web.Answers;
import dev.marquee.support.web.ApiException;
import dev.marquee.support.web.InvalidBodyException;
import dev.marquee.support.web.InvalidParam;
import dev.marquee.support.web.Preconditions;
import dev.marquee.support.web.ResourceId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A whole film as one document: read it, and write it back (create or replace) in one
 * transaction.
 */
@RestController
@RequestMapping(path = "/api/v1/films/{imdbId}/document", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Film documents", description = "A whole film in one JSON document: export and upsert")
class FilmDocumentController {

	private final TitlePages titlePages;

	private final FilmDocuments documents;

	FilmDocumentController(TitlePages titlePages, FilmDocuments documents) {
		this.titlePages = titlePages;
		this.documents = documents;
	}

	@GetMapping
	@Operation(summary = "Get a film's document",
			description = "The film with every section, exactly as GET /films/{id}?include=all answers it but without "
					+ "what the server assigns (ids, versions, createdAt, updatedAt) — the format PUT takes. The ETag "
					+ "is the film's version and a digest of the people, companies and lists it shows (\"7.3f9a0c12b4e6d8a1\"), "
					+ "so it changes when any of them does; send it back in If-Match to replace the version you read.")
	@ApiResponse(responseCode = "200",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = FilmDocument.class)))
	@Answered(Answers.FILM_DOCUMENT)
	ResponseEntity<JsonNode> get(@Parameter(description = "IMDb id or numeric id of the film",
			example = "tt3783958") @PathVariable String imdbId) {
		DocumentView view = this.titlePages.document(ResourceId.parse(imdbId, "tt", "imdbId"));
		return ResponseEntity.ok().eTag(view.etag()).body(view.document());
	}

	@PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Create or replace a film from its document",
			description = "Upserts the film with this IMDb id and every section of it, all or nothing, in one "
					+ "transaction: 201 when the film was created, 200 when it was replaced. The same document twice "
					+ "leaves the same state. People and companies are matched by IMDb id, else by exact name among "
					+ "those without one, never duplicated; lists by exact title. If-Match (the ETag of GET) makes "
					+ "the write conditional on the version you read; If-None-Match: * creates only. Neither is "
					+ "required. Unknown and read-only fields are refused, each named.",
			security = @SecurityRequirement(name = "bearer"))
	@ApiResponse(responseCode = "200",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = FilmDocument.class)))
	@Answered(Answers.FILM_DOCUMENT_PUT)
	ResponseEntity<JsonNode> put(
			@Parameter(description = "IMDb id of the film; must equal the document's imdbId",
					example = "tt3783958") @PathVariable String imdbId,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The film document", content = @Content(
					schema = @Schema(implementation = FilmDocument.class))) @RequestBody @Valid FilmDocument document,
			HttpServletRequest request) {
		ResourceId id = ResourceId.parse(imdbId, "tt", "imdbId");
		if (id.imdbId() == null) {
			throw ApiException.invalidParameter(InvalidParam.path("imdbId", "must be an IMDb id like tt3783958"));
		}
		if (!id.imdbId().equals(document.imdbId())) {
			throw InvalidBodyException.of(List.of(InvalidParam.body("imdbId",
					"must equal the IMDb id in the path ('" + id.imdbId() + "'), not '" + document.imdbId() + "'")));
		}
		StoredFilm stored = this.documents.put(document, Preconditions.of(request));
		DocumentView view = this.titlePages.document(id);
		ResponseEntity.BodyBuilder answer = stored.created()
				? ResponseEntity.created(URI.create("/api/v1/films/" + stored.imdbId())) : ResponseEntity.ok();
		return answer.eTag(view.etag()).body(view.document());
	}

}
