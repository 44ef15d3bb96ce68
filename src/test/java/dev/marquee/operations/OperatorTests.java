package dev.marquee.operations;

import java.nio.charset.StandardCharsets;

import dev.marquee.MarqueeTest;
import dev.marquee.apikey.ApiKeys;
import dev.marquee.testdata.TestKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What operators get: Prometheus metrics with per-endpoint request timings, for admin
 * keys only, and a log line per request carrying its correlation id.
 */
@MarqueeTest
@ExtendWith(OutputCaptureExtension.class)
class OperatorTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApiKeys keys;

	@Test
	void prometheusMetricsHavePerEndpointRequestTimingsForAdmins() {
		assertThat(this.mvc.get().uri("/api/v1/films/tt3783958").exchange()).hasStatusOk();

		MvcTestResult metrics = this.mvc.get()
			.uri("/actuator/prometheus")
			.header(HttpHeaders.AUTHORIZATION, TestKeys.admin(this.keys))
			.exchange();

		assertThat(metrics).hasStatusOk();
		assertThat(metrics.getResponse().getContentType()).startsWith("text/plain");
		String body = new String(metrics.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(body).containsPattern(
				"http_server_requests_seconds_count\\{[^}]*method=\"GET\"[^}]*status=\"200\"[^}]*uri=\"/api/v1/films/\\{id\\}\"[^}]*} [1-9]");
	}

	@Test
	void prometheusNeedsAKey() {
		MvcTestResult result = this.mvc.get().uri("/actuator/prometheus").header("X-Request-Id", "prom-401").exchange();

		assertThat(result).hasStatus(401).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().isStrictlyEqualTo("""
				{"type":"/problems/unauthorized","title":"Authentication required","status":401,
				 "detail":"GET needs an API key with the admin role, sent as 'Authorization: Bearer <key>'",
				 "instance":"/actuator/prometheus","code":"unauthorized","correlationId":"prom-401"}""");
	}

	@Test
	void prometheusRefusesReaderKeys() {
		MvcTestResult result = this.mvc.get()
			.uri("/actuator/prometheus")
			.header(HttpHeaders.AUTHORIZATION, TestKeys.reader(this.keys))
			.header("X-Request-Id", "prom-403")
			.exchange();

		assertThat(result).hasStatus(403).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().isStrictlyEqualTo("""
				{"type":"/problems/forbidden","title":"Not allowed","status":403,
				 "detail":"Your API key's role does not allow GET here",
				 "instance":"/actuator/prometheus","code":"forbidden","correlationId":"prom-403"}""");
	}

	@Test
	void everyRequestIsLoggedWithItsCorrelationId(CapturedOutput output) {
		this.mvc.get().uri("/api/v1/films/tt3783958?include=cast").header("X-Request-Id", "log-line-1").exchange();

		assertThat(output.getOut()).containsPattern("INFO \\[log-line-1\\].* GET /api/v1/films/tt3783958 200 \\d+ms");
		assertThat(output.getOut()).doesNotContain("include=cast");
	}

}
