package dev.marquee.support.web;

import dev.marquee.MarqueeTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every problem type of the catalogue, provoked and asserted whole. Each request sends
 * its own X-Request-Id, so the correlationId in the body is known in advance.
 */
@MarqueeTest
@Import(ProblemProvokingController.class)
@ExtendWith(OutputCaptureExtension.class)
class ProblemTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void returnsNotFoundProblemForUnknownImdbId() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/films/tt0000001").header("X-Request-Id", "nf-1").exchange();

		assertProblem(result, 404, """
				{"type":"/problems/not-found","title":"Resource not found","status":404,
				 "detail":"No film with id 'tt0000001'","instance":"/api/v1/films/tt0000001",
				 "code":"not-found","correlationId":"nf-1"}""");
	}

	@Test
	void returnsNotFoundProblemForUnknownNumericId() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/films/987654321").header("X-Request-Id", "nf-2").exchange();

		assertProblem(result, 404, """
				{"type":"/problems/not-found","title":"Resource not found","status":404,
				 "detail":"No film with id '987654321'","instance":"/api/v1/films/987654321",
				 "code":"not-found","correlationId":"nf-2"}""");
	}

	@Test
	void returnsNotFoundProblemForUnknownPath() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/no-such-thing").header("X-Request-Id", "nf-3").exchange();

		assertProblem(result, 404, """
				{"type":"/problems/not-found","title":"Resource not found","status":404,
				 "detail":"Nothing exists at this address, or the resource it names does not exist.",
				 "instance":"/api/v1/no-such-thing","code":"not-found","correlationId":"nf-3"}""");
	}

	@Test
	void returnsInvalidParameterProblemForMalformedId() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/films/tt12").header("X-Request-Id", "bad-1").exchange();

		assertProblem(result, 400,
				"""
						{"type":"/problems/invalid-parameter","title":"Invalid request parameter","status":400,
						 "detail":"must be a positive numeric id or an IMDb id like tt0000001 (tt followed by 7 to 10 digits)",
						 "instance":"/api/v1/films/tt12","code":"invalid-parameter","correlationId":"bad-1",
						 "errors":[{"name":"id","in":"path",
						   "message":"must be a positive numeric id or an IMDb id like tt0000001 (tt followed by 7 to 10 digits)"}]}""");
	}

	@Test
	void returnsInvalidParameterProblemNamingEveryUnknownIncludeValue() {
		MvcTestResult result = this.mvc.get()
			.uri("/api/v1/films/tt3783958")
			.param("include", "cast,bloopers,trailers")
			.header("X-Request-Id", "bad-2")
			.exchange();

		String message = "unknown sections 'bloopers', 'trailers'; expected a comma-separated list of images, cast, crew, "
				+ "trivia, goofs, crazy-credits, connections, soundtracks, reviews, box-office, awards, locations, "
				+ "alternate-titles, release-dates, companies, lists, taglines, keywords, certifications, videos, "
				+ "translations, similar, or all";
		assertProblem(result, 400, """
				{"type":"/problems/invalid-parameter","title":"Invalid request parameter","status":400,
				 "detail":"%1$s","instance":"/api/v1/films/tt3783958","code":"invalid-parameter",
				 "correlationId":"bad-2","errors":[{"name":"include","in":"query","message":"%1$s"}]}"""
			.formatted(message));
	}

	@Test
	void suggestsTheSectionOrTypeAMisspeltValueWasMeantToBe() {
		MvcTestResult include = this.mvc.get()
			.uri("/api/v1/films/tt3783958")
			.param("include", "cast,Trivai")
			.header("X-Request-Id", "dym-1")
			.exchange();
		MvcTestResult type = this.mvc.get()
			.uri("/api/v1/films")
			.param("type", "moive")
			.header("X-Request-Id", "dym-2")
			.exchange();

		String section = "unknown section 'Trivai'; expected a comma-separated list of images, cast, crew, "
				+ "trivia, goofs, crazy-credits, connections, soundtracks, reviews, box-office, awards, locations, "
				+ "alternate-titles, release-dates, companies, lists, taglines, keywords, certifications, videos, "
				+ "translations, similar, or all (did you mean 'trivia'?)";
		assertProblem(include, 400, """
				{"type":"/problems/invalid-parameter","title":"Invalid request parameter","status":400,
				 "detail":"%1$s","instance":"/api/v1/films/tt3783958","code":"invalid-parameter",
				 "correlationId":"dym-1","errors":[{"name":"include","in":"query","message":"%1$s"}]}"""
			.formatted(section));
		String film = "unknown type 'moive'; expected one of movie, short, tvSeries, tvMiniSeries, tvEpisode, tvMovie, "
				+ "tvSpecial, tvShort, tvPilot, video, videoGame (did you mean 'movie'?)";
		assertProblem(type, 400, """
				{"type":"/problems/invalid-parameter","title":"Invalid request parameter","status":400,
				 "detail":"%1$s","instance":"/api/v1/films","code":"invalid-parameter",
				 "correlationId":"dym-2","errors":[{"name":"type","in":"query","message":"%1$s"}]}""".formatted(film));
	}

	@Test
	void returnsNotAcceptableProblemWhenJsonIsNotAccepted() {
		MvcTestResult result = this.mvc.get()
			.uri("/api/v1/films/tt3783958")
			.accept(MediaType.APPLICATION_XML)
			.header("X-Request-Id", "na-1")
			.exchange();

		assertProblem(result, 406,
				"""
						{"type":"/problems/not-acceptable","title":"Not acceptable","status":406,
						 "detail":"The Accept header asks for a representation the resource cannot produce; Marquee speaks JSON.",
						 "instance":"/api/v1/films/tt3783958","code":"not-acceptable","correlationId":"na-1"}""");
	}

	@Test
	void returnsUnauthorizedProblemForEveryWriteMethodWithoutCredentials() {
		for (HttpMethod method : new HttpMethod[] { HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
				HttpMethod.DELETE }) {
			MvcTestResult result = this.mvc.method(method)
				.uri("/api/v1/films/tt3783958")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}")
				.header("X-Request-Id", "auth-" + method.name())
				.exchange();

			assertProblem(result, 401, """
					{"type":"/problems/unauthorized","title":"Authentication required","status":401,
					 "detail":"%1$s needs an API key with the admin role, sent as 'Authorization: Bearer <key>'",
					 "instance":"/api/v1/films/tt3783958","code":"unauthorized","correlationId":"auth-%1$s"}"""
				.formatted(method.name()));
			assertThat(result.getResponse().getHeader("WWW-Authenticate")).isEqualTo("Bearer realm=\"marquee\"");
		}
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void returnsMethodNotAllowedProblemForUnsupportedMethod() {
		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/films/tt3783958")
			.header("X-Request-Id", "mna-1")
			.exchange();

		assertProblem(result, 405,
				"""
						{"type":"/problems/method-not-allowed","title":"Method not allowed","status":405,
						 "detail":"The resource exists but does not support this HTTP method; the Allow header lists the ones it does.",
						 "instance":"/api/v1/films/tt3783958","code":"method-not-allowed","correlationId":"mna-1"}""");
		assertThat(result.getResponse().getHeader("Allow").split(", ")).containsExactlyInAnyOrder("GET", "PATCH",
				"DELETE");
	}

	@Test
	@WithMockUser
	void returnsUnsupportedMediaTypeProblemForWrongContentType() {
		MvcTestResult result = this.mvc.post()
			.uri(ProblemProvokingController.PATH + "/json-only")
			.contentType(MediaType.TEXT_PLAIN)
			.content("hello")
			.header("X-Request-Id", "umt-1")
			.exchange();

		assertProblem(result, 415, """
				{"type":"/problems/unsupported-media-type","title":"Unsupported media type","status":415,
				 "detail":"Content-Type text/plain is not accepted here; send application/json",
				 "instance":"/test/problems/json-only","code":"unsupported-media-type","correlationId":"umt-1"}""");
	}

	@Test
	@WithMockUser
	void returnsMalformedRequestProblemForUnreadableBody() {
		MvcTestResult result = this.mvc.post()
			.uri(ProblemProvokingController.PATH + "/json-only")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{not json")
			.header("X-Request-Id", "mr-1")
			.exchange();

		assertProblem(result, 400, """
				{"type":"/problems/malformed-request","title":"Malformed request","status":400,
				 "detail":"Failed to read request","instance":"/test/problems/json-only",
				 "code":"malformed-request","correlationId":"mr-1"}""");
	}

	@Test
	void returnsInternalErrorProblemWithoutInternalsAndLogsTheCorrelationId(CapturedOutput output) {
		MvcTestResult result = this.mvc.get()
			.uri(ProblemProvokingController.PATH + "/failure")
			.header("X-Request-Id", "boom-1")
			.exchange();

		assertProblem(result, 500, """
				{"type":"/problems/internal-error","title":"Internal error","status":500,
				 "detail":"The server failed to answer this request. Report the correlationId if it persists.",
				 "instance":"/test/problems/failure","code":"internal-error","correlationId":"boom-1"}""");
		assertThat(result.getResponse().getContentAsByteArray()).asString()
			.doesNotContain("IllegalStateException")
			.doesNotContain("secret detail")
			.doesNotContain("at dev.marquee");
		assertThat(output).contains("[boom-1]").contains("secret detail");
	}

	@Test
	void returnsServiceUnavailableProblemWhenTheDatabaseCancelsAStatement() {
		MvcTestResult result = this.mvc.get()
			.uri(ProblemProvokingController.PATH + "/slow-query")
			.header("X-Request-Id", "slow-1")
			.exchange();

		assertProblem(result, 503, """
				{"type":"/problems/service-unavailable","title":"Service unavailable","status":503,
				 "detail":"The database did not answer in time; nothing was changed. Retry in a few seconds.",
				 "instance":"/test/problems/slow-query","code":"service-unavailable","correlationId":"slow-1"}""");
		assertThat(result.getResponse().getHeader("Retry-After")).isEqualTo("5");
	}

	@Test
	void everyProblemTypeResolvesToItsCatalogueEntry() {
		MvcTestResult result = this.mvc.get().uri("/problems/not-found").exchange();

		assertThat(result).hasStatusOk().bodyJson().isStrictlyEqualTo("""
				{"type":"/problems/not-found","code":"not-found","title":"Resource not found","status":404,
				 "description":"Nothing exists at this address, or the resource it names does not exist."}""");
	}

	private static void assertProblem(MvcTestResult result, int status, String expectedJson) {
		assertThat(result).hasStatus(status).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().isStrictlyEqualTo(expectedJson);
	}

}
