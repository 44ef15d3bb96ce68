package dev.marquee.security;

import dev.marquee.MarqueeTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads without credentials take a short security chain (no key lookup, security context,
 * anonymous authentication or authorization), yet answer with everything every other
 * answer has: the request id, the security headers, CORS, the rate limit's headers and
 * caching; a read with a key, and the reads that need one, still take the full chain.
 */
@MarqueeTest
class AnonymousReadPipelineTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SecurityObservationSettings observations;

	@Test
	void anAnonymousReadCarriesTheRequestIdSecurityHeadersCorsAndRateLimit() {
		for (String uri : new String[] { "/api/v1/films/tt3783958", "/api/v1/films/tt3783958?include=all",
				"/api/v1/people?size=1", "/api/v1/films/tt0000001/cast" }) {
			MvcTestResult read = this.mvc.get()
				.uri(uri)
				.header("X-Request-Id", "anonymous-read")
				.header("Origin", "https://frontend.example")
				.exchange();

			assertThat(read.getResponse().getStatus()).as(uri).isIn(200, 404);
			assertThat(read).hasHeader("X-Request-Id", "anonymous-read")
				.hasHeader("X-Content-Type-Options", "nosniff")
				.hasHeader("X-Frame-Options", "DENY")
				.hasHeader("X-XSS-Protection", "0")
				.containsHeader("Access-Control-Allow-Origin")
				.containsHeader("RateLimit-Limit")
				.containsHeader("RateLimit-Remaining");
		}
	}

	@Test
	void aConditionalAnonymousReadCarriesThemToo() {
		MvcTestResult page = this.mvc.get().uri("/api/v1/films/tt3783958?include=all").exchange();
		MvcTestResult notModified = this.mvc.get()
			.uri("/api/v1/films/tt3783958?include=all")
			.header("If-None-Match", page.getResponse().getHeader("ETag"))
			.header("X-Request-Id", "anonymous-304")
			.exchange();

		assertThat(notModified).hasStatus(304)
			.hasHeader("X-Request-Id", "anonymous-304")
			.hasHeader("X-Content-Type-Options", "nosniff")
			.hasHeader("Cache-Control", "public, max-age=60")
			.containsHeader("RateLimit-Remaining");
	}

	@Test
	void readsWithAKeyAndReadsNeedingOneTakeTheFullChain() {
		MvcTestResult unknownKey = this.mvc.get()
			.uri("/api/v1/films/tt3783958")
			.header("Authorization", "Bearer not-a-key")
			.header("X-Request-Id", "keyed")
			.exchange();
		assertThat(unknownKey).hasStatus(401)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.hasHeader("X-Content-Type-Options", "nosniff");
		for (String uri : new String[] { "/api/v1/admin/api-keys", "/api/v1/films/documents" }) {
			assertThat(this.mvc.get().uri(uri).exchange()).as(uri)
				.hasStatus(401)
				.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
				.hasHeader("X-Content-Type-Options", "nosniff");
			assertThat(this.mvc.head().uri(uri).exchange()).as("HEAD " + uri).hasStatus(401);
		}
		assertThat(this.mvc.post()
			.uri("/api/v1/films/tt3783958/trivia")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")
			.exchange()).hasStatus(401);
	}

	@Test
	void springSecurityDoesNotObserveEveryFilterUnlessAsked() {
		assertThat(this.observations.shouldObserveRequests()).isFalse();
		assertThat(this.observations.shouldObserveAuthentications()).isFalse();
		assertThat(this.observations.shouldObserveAuthorizations()).isFalse();
	}

}
