package dev.marquee.apikey;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.http.ProblemDetail;

/**
 * The documented answers of the API-key operations, and the 401/403 pair of every admin
 * operation ({@link Unauthorized}).
 */
public final class ApiKeyApiResponses {

	private ApiKeyApiResponses() {
	}

	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@ApiResponse(responseCode = "201", description = "The key, shown this once; Location names it")
	@ApiResponse(responseCode = "400",
			description = "Body not JSON, an unknown field, or a missing or invalid name or role "
					+ "(code malformed-request or invalid-body; errors names each field)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@Unauthorized
	@ApiResponse(responseCode = "415", description = "The body is not application/json (code unsupported-media-type)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@interface Create {

	}

	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@ApiResponse(responseCode = "200", description = "Every key, oldest first")
	@Unauthorized
	@interface List {

	}

	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@ApiResponse(responseCode = "200", description = "The key, without the key itself")
	@ApiResponse(responseCode = "400", description = "Malformed id (code invalid-parameter)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@Unauthorized
	@ApiResponse(responseCode = "404", description = "No key with this id (code not-found)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@interface Get {

	}

	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@ApiResponse(responseCode = "204", description = "Revoked")
	@ApiResponse(responseCode = "400", description = "Malformed id (code invalid-parameter)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@Unauthorized
	@ApiResponse(responseCode = "404", description = "No key with this id (code not-found)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409",
			description = "The key is the last active admin key (code conflict): create another admin key first",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@interface Revoke {

	}

	/**
	 * 401 and 403, which every admin operation can answer.
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
	public @interface Unauthorized {

	}

}
