package dev.marquee.support.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.http.ProblemDetail;

/**
 * The documented error answers that admin writes share, to combine on an operation next
 * to its own success answer: {@code @Authenticated @JsonBody @Conditional}.
 */
public final class WriteApiResponses {

	private WriteApiResponses() {
	}

	/**
	 * 401 and 403: every write needs an admin key.
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
	public @interface Authenticated {

	}

	/**
	 * 400, 413 and 415 of a write with a JSON body.
	 */
	@Target({ ElementType.METHOD, ElementType.ANNOTATION_TYPE })
	@Retention(RetentionPolicy.RUNTIME)
	@ApiResponse(responseCode = "400",
			description = "A malformed id (code invalid-parameter); a body that is not JSON (code malformed-request); "
					+ "or refused fields — unknown, read-only (id, version, timestamps), of the wrong type or breaking "
					+ "a constraint (code invalid-body, errors names each)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "413", description = "The body exceeds the size limit (code payload-too-large)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "415",
			description = "The body's Content-Type is not the one the operation takes: application/json, or "
					+ "application/merge-patch+json for PATCH (code unsupported-media-type)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	public @interface JsonBody {

	}

	/**
	 * 400 of a write without a body whose path names a resource.
	 */
	@Target({ ElementType.METHOD, ElementType.ANNOTATION_TYPE })
	@Retention(RetentionPolicy.RUNTIME)
	@ApiResponse(responseCode = "400", description = "Malformed id (code invalid-parameter)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	public @interface BadId {

	}

	/**
	 * 404 of a write on a resource named in the path.
	 */
	@Target({ ElementType.METHOD, ElementType.ANNOTATION_TYPE })
	@Retention(RetentionPolicy.RUNTIME)
	@ApiResponse(responseCode = "404", description = "No resource with this id (code not-found)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	public @interface NotFound {

	}

	/**
	 * 412 and 428 of a write that needs If-Match.
	 */
	@Target({ ElementType.METHOD, ElementType.ANNOTATION_TYPE })
	@Retention(RetentionPolicy.RUNTIME)
	@ApiResponse(responseCode = "412",
			description = "If-Match names another version than the current one: it changed since you read it, or a "
					+ "concurrent write won (code precondition-failed)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "428", description = "If-Match was not sent (code precondition-required)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	public @interface Conditional {

	}

	/**
	 * 409 of a write whose key is taken or whose resource is in use.
	 */
	@Target({ ElementType.METHOD, ElementType.ANNOTATION_TYPE })
	@Retention(RetentionPolicy.RUNTIME)
	@ApiResponse(responseCode = "409",
			description = "The key or an external id is taken by another resource, or the resource is still in use; "
					+ "the detail names it (code conflict). Or another write changed what this one refers to at the "
					+ "same moment: read again and retry (code concurrent-write)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	public @interface Conflict {

	}

	/**
	 * The errors of a create: a refused body, no admin key, a taken key.
	 */
	@Target({ ElementType.METHOD, ElementType.ANNOTATION_TYPE })
	@Retention(RetentionPolicy.RUNTIME)
	@JsonBody
	@Authenticated
	@Conflict
	public @interface Create {

	}

	/**
	 * The errors of a PUT or PATCH of one resource against the version read.
	 */
	@Target({ ElementType.METHOD, ElementType.ANNOTATION_TYPE })
	@Retention(RetentionPolicy.RUNTIME)
	@JsonBody
	@Authenticated
	@NotFound
	@Conflict
	@Conditional
	public @interface Update {

	}

	/**
	 * The errors of a DELETE of one resource against the version read.
	 */
	@Target({ ElementType.METHOD, ElementType.ANNOTATION_TYPE })
	@Retention(RetentionPolicy.RUNTIME)
	@BadId
	@Authenticated
	@NotFound
	@Conflict
	@Conditional
	public @interface Delete {

	}

}
