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
 * The 401/403 pair of every admin operation ({@link Unauthorized}), for the import jobs'
 * answers; the API-key operations' own are {@code Answers.API_KEY} and its kin.
 */
public final class ApiKeyApiResponses {

	private ApiKeyApiResponses() {
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
