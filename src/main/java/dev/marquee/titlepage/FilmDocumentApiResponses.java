package dev.marquee.titlepage;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.marquee.support.web.WriteApiResponses;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.http.ProblemDetail;

/**
 * The documented answers of the film document operations.
 */
final class FilmDocumentApiResponses {

	private FilmDocumentApiResponses() {
	}

	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@ApiResponse(responseCode = "200", description = "The film document; ETag is the film's version",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = FilmDocument.class)))
	@ApiResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current",
			content = @Content)
	@ApiResponse(responseCode = "400", description = "Malformed id (code invalid-parameter)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No film with this id (code not-found)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "406", description = "The Accept header excludes JSON (code not-acceptable)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@interface Get {

	}

	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@ApiResponse(responseCode = "200", description = "Replaced; the stored document, ETag its new version",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = FilmDocument.class)))
	@ApiResponse(responseCode = "201", description = "Created; Location names the film, ETag its version",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = FilmDocument.class)))
	@ApiResponse(responseCode = "400",
			description = "The path is not an IMDb id (code invalid-parameter); the body is not JSON (code "
					+ "malformed-request); or fields are refused — unknown, read-only, wrong type, breaking a "
					+ "constraint, or an imdbId other than the path's (code invalid-body, errors names each)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "401",
			description = "No API key, or a malformed, unknown or revoked one (code unauthorized)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "403", description = "The API key's role is not admin (code forbidden)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "412",
			description = "If-Match names another version, or If-None-Match: * and the film exists "
					+ "(code precondition-failed)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "413", description = "The body exceeds the size limit (code payload-too-large)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "415", description = "The body is not application/json (code unsupported-media-type)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@WriteApiResponses.Conflict
	@interface Put {

	}

}
