package dev.marquee.titlepage;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.ProblemDetail;

/**
 * The documented answers of the film operations, kept out of the controller so it stays
 * readable.
 */
final class FilmApiResponses {

	private FilmApiResponses() {
	}

	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@ApiResponse(responseCode = "200", description = "The film, with the sections asked for")
	@ApiResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current",
			content = @Content)
	@ApiResponse(responseCode = "400", description = "Malformed id or unknown include value (code invalid-parameter)",
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
	@ApiResponse(responseCode = "200", description = "The films found, and the ids that matched none")
	@ApiResponse(responseCode = "400",
			description = "No ids, more than 100, or a malformed one (code invalid-parameter)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "406", description = "The Accept header excludes JSON (code not-acceptable)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@interface Batch {

	}

}
