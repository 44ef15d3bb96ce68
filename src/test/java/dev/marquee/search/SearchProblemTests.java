package dev.marquee.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import dev.marquee.MarqueeTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every refusal of /search and /films/suggest, asserted as a whole problem body.
 */
@MarqueeTest
class SearchProblemTests {

	private static final String TOO_LONG = "la la land ".repeat(100);

	@Autowired
	MockMvcTester mvc;

	@Test
	void refusesSearchWithoutQuery() {
		assertInvalid("/api/v1/search", null, null, "Required parameter 'q' is missing", "q", "is required");
	}

	@Test
	void refusesSearchWithEmptyOrBlankQuery() {
		assertInvalid("/api/v1/search", "q", "", "q must not be blank", "q", "must not be blank");
		assertInvalid("/api/v1/search", "q", " \t ", "q must not be blank", "q", "must not be blank");
	}

	@Test
	void refusesSearchWithAThousandCharacterQuery() {
		assertInvalid("/api/v1/search", "q", TOO_LONG, "q must be at most 200 characters", "q",
				"must be at most 200 characters");
	}

	@Test
	void refusesQueriesWithANulCharacterThatPostgresqlCannotStore() {
		assertInvalid("/api/v1/search", "q", "la\u0000la", "q must not contain NUL characters", "q",
				"must not contain NUL characters");
		assertInvalid("/api/v1/films/suggest", "q", "la\u0000la", "q must not contain NUL characters", "q",
				"must not contain NUL characters");
	}

	@Test
	void refusesSearchForAnUnknownType() {
		assertInvalid("/api/v1/search?q=la la land", "type", "movie", "must be film or person (or left out for both)",
				"type", "must be film or person (or left out for both)");
	}

	@Test
	void refusesSearchWithSizeOutOfRange() {
		assertInvalid("/api/v1/search?q=la la land", "size", "0", "size must be greater than or equal to 1", "size",
				"must be greater than or equal to 1");
		assertInvalid("/api/v1/search?q=la la land", "size", "101", "size must be less than or equal to 100", "size",
				"must be less than or equal to 100");
	}

	@Test
	void refusesSuggestWithoutQueryRatherThanTakingSuggestForAFilmId() {
		assertInvalid("/api/v1/films/suggest", null, null, "Required parameter 'q' is missing", "q", "is required");
	}

	@Test
	void refusesSuggestWithBlankOrOverlongQuery() {
		assertInvalid("/api/v1/films/suggest", "q", "  ", "q must not be blank", "q", "must not be blank");
		assertInvalid("/api/v1/films/suggest", "q", TOO_LONG, "q must be at most 200 characters", "q",
				"must be at most 200 characters");
	}

	@Test
	void refusesACursorThisSearchDidNotReturnOneOfTheFilmListsIncluded() {
		assertInvalid("/api/v1/search?q=la la land", "after", "not-a-cursor",
				"is not a cursor this API returned; use nextCursor from the previous page", "after",
				"is not a cursor this API returned; use nextCursor from the previous page");
		String filmsCursor = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString("v1\u001ftitle\u001fLa La Land\u001f1".getBytes(StandardCharsets.UTF_8));
		assertInvalid("/api/v1/search?q=la la land", "after", filmsCursor,
				"is not a cursor this API returned; use nextCursor from the previous page", "after",
				"is not a cursor this API returned; use nextCursor from the previous page");
	}

	@Test
	void answersNotAcceptableWhenJsonIsNotAccepted() {
		MvcTestResult result = this.mvc.get()
			.uri("/api/v1/search?q=la la land")
			.accept(MediaType.APPLICATION_XML)
			.header("X-Request-Id", "s-406")
			.exchange();

		assertThat(result).hasStatus(406).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson()
			.isStrictlyEqualTo(
					"""
							{"type":"/problems/not-acceptable","title":"Not acceptable","status":406,
							 "detail":"The Accept header asks for a representation the resource cannot produce; Marquee speaks JSON.",
							 "instance":"/api/v1/search","code":"not-acceptable","correlationId":"s-406"}""");
	}

	private void assertInvalid(String uri, String param, String value, String detail, String name, String message) {
		var request = this.mvc.get().uri(uri).header("X-Request-Id", "s-400");
		if (param != null) {
			request = request.param(param, value);
		}
		MvcTestResult result = request.exchange();
		String path = uri.contains("?") ? uri.substring(0, uri.indexOf('?')) : uri;

		assertThat(result).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().isStrictlyEqualTo("""
				{"type":"/problems/invalid-parameter","title":"Invalid request parameter","status":400,
				 "detail":"%s","instance":"%s","code":"invalid-parameter","correlationId":"s-400",
				 "errors":[{"name":"%s","in":"query","message":"%s"}]}""".formatted(detail, path, name, message));
	}

}
