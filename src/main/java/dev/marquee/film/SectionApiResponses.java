package dev.marquee.film;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
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
			description = "No film with this id, or (box office, award summary) the film has none (code not-found)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "406", description = "The Accept header excludes JSON (code not-acceptable)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	public @interface Single {

	}

	/**
	 * Adding an item to a section.
	 */
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@ApiResponse(responseCode = "201", description = "Added; Location names the item, ETag is its version")
	@ApiResponse(responseCode = "400",
			description = "Malformed film id (code invalid-parameter); the body is not JSON (code malformed-request); "
					+ "or fields are refused — unknown, read-only (id, version, timestamps), wrong type or breaking a "
					+ "constraint (code invalid-body, errors names each)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@Authorized
	@ApiResponse(responseCode = "404", description = "No film with this id (code not-found)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@Body
	public @interface Create {

	}

	/**
	 * Creating or replacing a part a film has at most one of (box office, award summary):
	 * replacing is conditional on its version.
	 */
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@ApiResponse(responseCode = "200", description = "Replaced; the part, ETag its new version")
	@ApiResponse(responseCode = "201", description = "Created; Location names the part, ETag its version")
	@ApiResponse(responseCode = "400",
			description = "Malformed film id (code invalid-parameter); the body is not JSON (code malformed-request); "
					+ "or fields are refused — unknown, read-only, wrong type or breaking a constraint (code "
					+ "invalid-body, errors names each)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@Authorized
	@ApiResponse(responseCode = "404", description = "No film with this id (code not-found)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "412",
			description = "If-Match names another version than the part's current one, If-Match was sent but "
					+ "the film has no such part, or If-None-Match: * and it has (code precondition-failed)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "428",
			description = "The film has the part and If-Match was not sent (code precondition-required)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@Body
	public @interface Put {

	}

	/**
	 * Replacing or patching an item: conditional on its version.
	 */
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@ApiResponse(responseCode = "200", description = "Written; the item, ETag its new version")
	@ApiResponse(responseCode = "400",
			description = "Malformed film or item id (code invalid-parameter); the body is not JSON (code "
					+ "malformed-request); or fields are refused — unknown, read-only (id, version, timestamps), wrong "
					+ "type or breaking a constraint (code invalid-body, errors names each)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@Authorized
	@Conditional
	@Body
	public @interface Write {

	}

	/**
	 * Deleting an item: conditional on its version.
	 */
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@ApiResponse(responseCode = "204", description = "Deleted", content = @Content)
	@ApiResponse(responseCode = "400", description = "Malformed film or item id (code invalid-parameter)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@Authorized
	@Conditional
	public @interface Delete {

	}

	@Target({ ElementType.METHOD, ElementType.ANNOTATION_TYPE })
	@Retention(RetentionPolicy.RUNTIME)
	@ApiResponse(responseCode = "401",
			description = "No API key, or a malformed, unknown or revoked one (code unauthorized)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "403", description = "The API key's role is not admin (code forbidden)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@interface Authorized {

	}

	@Target({ ElementType.METHOD, ElementType.ANNOTATION_TYPE })
	@Retention(RetentionPolicy.RUNTIME)
	@ApiResponse(responseCode = "404",
			description = "No film with this id, or the film has no item with this id (code not-found)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "412",
			description = "If-Match names another version than the item's current one, or a concurrent write won "
					+ "(code precondition-failed)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "428", description = "If-Match was not sent (code precondition-required)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@Parameter(in = ParameterIn.HEADER, name = "If-Match", required = true,
			description = "The item's ETag as read (GET of the item, or the answer of its last write), e.g. \"3\"; "
					+ "required so that no edit is lost",
			schema = @Schema(type = "string", example = "\"3\""))
	@interface Conditional {

	}

	@Target({ ElementType.METHOD, ElementType.ANNOTATION_TYPE })
	@Retention(RetentionPolicy.RUNTIME)
	@ApiResponse(responseCode = "413", description = "The body exceeds the size limit (code payload-too-large)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "415",
			description = "The body's Content-Type is not the one the operation takes: application/json, or "
					+ "application/merge-patch+json for PATCH (code unsupported-media-type)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@interface Body {

	}

}
