package dev.marquee.security;

import dev.marquee.MarqueeTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OWASP API8 (security misconfiguration), beside {@code HttpBehaviourTests} (Actuator
 * closed but for health and info, security headers, CORS, no password store): refusals
 * carry the same protective headers as answers, TRACE is not served, and a failure shows
 * nothing of the server.
 */
@MarqueeTest
class Api8SecurityMisconfigurationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MockMvc rawMvc;

	@Test
	void refusalsCarryTheSecurityHeadersToo() {
		MvcTestResult unauthorized = this.mvc.post().uri("/api/v1/films/tt3783958/trivia").exchange();
		MvcTestResult notFound = this.mvc.get().uri("/api/v1/films/tt0000001").exchange();

		for (MvcTestResult result : new MvcTestResult[] { unauthorized, notFound }) {
			assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
			assertThat(result.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
			assertThat(result.getResponse().getHeader("Cache-Control")).contains("no-store");
			assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
		}
	}

	@Test
	void traceIsNotServed() {
		ApiClient.Answer answer = new ApiClient(this.rawMvc)
			.send(ApiClient.Request.of("TRACE", "/api/v1/films/tt3783958").header("X-Trace-Probe", "echo me"));

		assertThat(answer.status()).isIn(400, 401, 405);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.body()).doesNotContain("echo me");
	}

	@Test
	void aFailureShowsNothingOfTheServer() {
		MvcTestResult result = this.mvc.get().uri("/test/problems/failure").header("X-Request-Id", "api8-1").exchange();

		assertThat(result).hasStatus(500).bodyJson().isStrictlyEqualTo("""
				{"type":"/problems/internal-error","title":"Internal error","status":500,
				 "detail":"The server failed to answer this request. Report the correlationId if it persists.",
				 "instance":"/test/problems/failure","code":"internal-error","correlationId":"api8-1"}""");
	}

}
