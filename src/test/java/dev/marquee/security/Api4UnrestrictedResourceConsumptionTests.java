package dev.marquee.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.marquee.security.ApiClient.Answer;
import dev.marquee.security.ApiClient.Request;
import dev.marquee.security.ApiDocument.Operation;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OWASP API4 (unrestricted resource consumption): every page size has a documented cap
 * the server enforces, every request body has a size limit, and no statement may run
 * longer than the configured {@code statement_timeout}. Rate limiting (429 with RateLimit
 * headers) is proved by {@code RateLimitTests}, a runaway statement ending in 503 by
 * {@code ProblemTests}.
 */
class Api4UnrestrictedResourceConsumptionTests extends GeneratedApiTest {

	@Test
	void everyPageSizeIsCappedAsDocumented() {
		List<String> uncapped = new ArrayList<>();
		int paged = 0;
		for (Operation operation : this.document.operations()) {
			for (JsonNode parameter : operation.parameters("query")) {
				if (!"size".equals(parameter.path("name").asString())) {
					continue;
				}
				paged++;
				JsonNode maximum = parameter.path("schema").path("maximum");
				if (!maximum.isNumber() || maximum.asInt() > 100) {
					uncapped.add(operation + " documents no cap of at most 100");
					continue;
				}
				String uri = this.targets.fill(operation, Map.of());
				String separator = uri.contains("?") ? "&" : "?";
				Answer atCap = this.client.send(Request.of("GET", uri + separator + "size=" + maximum.asInt())
					.header("Authorization", this.admin));
				Answer overCap = this.client.send(Request.of("GET", uri + separator + "size=" + (maximum.asInt() + 1))
					.header("Authorization", this.admin));
				if (atCap.status() != 200 || overCap.status() != 400
						|| !overCap.body().contains("{\"name\":\"size\",\"in\":\"query\"")) {
					uncapped.add(operation + " size=" + maximum.asInt() + " -> " + atCap.status() + ", size="
							+ (maximum.asInt() + 1) + " -> " + overCap.status() + " " + overCap.body());
				}
			}
		}

		assertThat(uncapped).isEmpty();
		assertThat(paged).isGreaterThan(15);
	}

	@Test
	void everyBodyOverTheLimitIsRefusedBeforeItIsRead() {
		byte[] tooLarge = new byte[2 * 1024 * 1024 + 1];
		List<String> accepted = new ArrayList<>();
		for (Operation operation : this.document.operations()) {
			// An image upload's limit is the image's (20 MB): ImageRefusalTests.
			if (operation.bodyType() == null || operation.bodyType().startsWith("multipart/")) {
				continue;
			}
			Answer answer = this.client
				.send(Request.of(operation.method(), operation.path().replaceAll("\\{[^}]+}", "1"))
					.header("Authorization", this.admin)
					.body(tooLarge, operation.bodyType()));
			if (answer.status() != 413 || !answer.body().contains("\"code\":\"payload-too-large\"")) {
				accepted.add(operation + " -> " + answer.status());
			}
		}

		assertThat(accepted).isEmpty();
	}

	@Test
	void statementsRunUnderATenSecondTimeout() {
		assertThat(this.jdbc.queryForObject("SHOW statement_timeout", String.class)).isEqualTo("10s");
	}

}
