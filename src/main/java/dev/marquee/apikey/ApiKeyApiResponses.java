package dev.marquee.apikey;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.marquee.support.web.Answered;
import dev.marquee.support.web.Answers;

/**
 * The 401/403 pair of every admin operation ({@link Unauthorized}), for the answers of
 * the import jobs; the API-key operations' own answers are {@link Answers#API_KEY} and
 * its kin.
 */
public final class ApiKeyApiResponses {

	private ApiKeyApiResponses() {
	}

	/**
	 * 401 and 403, which every admin operation can answer.
	 */
	@Target({ ElementType.METHOD, ElementType.ANNOTATION_TYPE })
	@Retention(RetentionPolicy.RUNTIME)
	@Answered(Answers.ADMIN)
	public @interface Unauthorized {

	}

}
