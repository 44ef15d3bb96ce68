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
 * The documented answers of the film writes.
 */
final class FilmWriteApiResponses {

	private FilmWriteApiResponses() {
	}

	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@ApiResponse(responseCode = "200", description = "Patched; the film without sections, ETag its new version",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = FilmView.class)))
	@ApiResponse(responseCode = "400",
			description = "Malformed film id (code invalid-parameter); the body is not JSON (code malformed-request); "
					+ "or fields are refused — unknown, read-only (ids, version, timestamps), sections, wrong type or "
					+ "breaking a constraint (code invalid-body, errors names each)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@Common
	@ApiResponse(responseCode = "413", description = "The body exceeds the size limit (code payload-too-large)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "415",
			description = "The body is not application/merge-patch+json (code unsupported-media-type)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@WriteApiResponses.Conflict
	@interface Patch {

	}

	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@ApiResponse(responseCode = "204", description = "Deleted, with every section of the film", content = @Content)
	@ApiResponse(responseCode = "400", description = "Malformed film id (code invalid-parameter)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@Common
	@interface Delete {

	}

	/**
	 * What every conditional admin write can answer.
	 */
	@Target({ ElementType.METHOD, ElementType.ANNOTATION_TYPE })
	@Retention(RetentionPolicy.RUNTIME)
	@ApiResponse(responseCode = "401",
			description = "No API key, or a malformed, unknown or revoked one (code unauthorized)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "403", description = "The API key's role is not admin (code forbidden)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No film with this id (code not-found)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "412",
			description = "If-Match names another version than the film's current one, or a concurrent write won "
					+ "(code precondition-failed)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "428", description = "If-Match was not sent (code precondition-required)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@interface Common {

	}

}
