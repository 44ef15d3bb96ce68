package dev.marquee.film;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.http.ProblemDetail;

/**
 * The documented answers of the title-page section operations
 * ({@code /api/v1/films/{id}/cast}, …), shared by every section's controller so each
 * operation lists the same problems in the same words.
 */
public final class SectionApiResponses {

	/**
	 * The tag every section operation is listed under in Swagger UI.
	 */
	public static final String TAG = "Film sections";

	private SectionApiResponses() {
	}

	/**
	 * A paged section list.
	 */
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@ApiResponse(responseCode = "200", description = "One page of the section; next is null on the last page")
	@ApiResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current",
			content = @Content)
	@ApiResponse(responseCode = "400",
			description = "Malformed film id, size outside 1–100, an after cursor this list did not return, "
					+ "or an unknown spoilers or sort value (code invalid-parameter)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No film with this id (code not-found)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "406", description = "The Accept header excludes JSON (code not-acceptable)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	public @interface Page {

	}

	/**
	 * One item of a section list.
	 */
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@ApiResponse(responseCode = "200", description = "The item")
	@ApiResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current",
			content = @Content)
	@ApiResponse(responseCode = "400", description = "Malformed film id or item id (code invalid-parameter)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404",
			description = "No film with this id, or the film has no item with this id (code not-found)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "406", description = "The Accept header excludes JSON (code not-acceptable)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	public @interface Item {

	}

	/**
	 * A section that is one object (box office, awards).
	 */
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@ApiResponse(responseCode = "200", description = "The section")
	@ApiResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current",
			content = @Content)
	@ApiResponse(responseCode = "400", description = "Malformed film id (code invalid-parameter)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404",
			description = "No film with this id, or (box office) the film has no figures (code not-found)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "406", description = "The Accept header excludes JSON (code not-acceptable)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	public @interface Single {

	}

}
