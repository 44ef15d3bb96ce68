package dev.marquee.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.marquee.security.ApiClient.Answer;
import dev.marquee.security.ApiClient.Request;
import dev.marquee.security.ApiDocument.Operation;
import dev.marquee.testdata.TestKeys;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Code and documentation cannot drift: every GET operation, called as documented (its
 * examples: the demo film La La Land and its people), answers 200 with a body that
 * validates against the OpenAPI document (Atlassian's swagger-request-validator); and
 * every operation's answer to a request naming nothing (an unknown film, item or key)
 * validates against the error response it documents. The fuzzer checks every other answer
 * the same way.
 */
class ContractValidationTests extends GeneratedApiTest {

	/**
	 * Reads whose documented examples name what the demo data does not hold: an import
	 * job. Its answers are checked by ImportJobTests.
	 */
	/**
	 * Reads the demo data cannot answer with 200: no import has run, the demo people and
	 * companies have no images, and an image file's hash (in the example) depends on the
	 * encoder that made it (ImageUploadTests reads real ones).
	 */
	private static final Set<String> NOT_IN_THE_DEMO_DATA = Set.of("/api/v1/admin/imports/{id}",
			"/api/v1/people/{id}/images/{itemId}", "/api/v1/companies/{id}/images/{itemId}",
			"/images/{sha256}/{size}.{format}");

	@Test
	void everyReadOfTheDemoDataValidatesAgainstTheDocument() {
		List<String> failures = new ArrayList<>();
		int validated = 0;
		for (Operation operation : this.document.operations()) {
			if (!operation.isRead() || NOT_IN_THE_DEMO_DATA.contains(operation.path())) {
				continue;
			}
			Request request = Request.of("GET", this.targets.fill(operation, Map.of()));
			if (operation.needsKey()) {
				request.header("Authorization", this.admin);
			}
			Answer answer = this.client.send(request);
			List<String> violations = this.checks.violations(answer, operation);
			if (answer.status() != 200 || !violations.isEmpty()) {
				failures.add(operation + " (" + request.uri() + ") -> " + answer.status() + " " + violations);
			}
			validated++;
		}

		assertThat(failures).isEmpty();
		assertThat(validated).isGreaterThan(30);
	}

	@Test
	void everyNotFoundAnswerValidatesAgainstItsDocumentedResponse() {
		List<String> failures = new ArrayList<>();
		for (Operation operation : this.document.operations()) {
			if (!operation.path().contains("{")) {
				continue;
			}
			Request request = Request
				.of(operation.method(),
						this.targets.fill(operation,
								Map.of("id", "tt0000001", "imdbId", "tt0000001", "itemId", "999999999", "code", "nope",
										"slug", "no-such-keyword")))
				.header("Authorization", this.admin)
				.header("If-Match", operation.isRead() ? null : "\"0\"");
			if (operation.bodyType() != null) {
				request = request.body(this.targets.body(operation).toString(), operation.bodyType());
			}
			Answer answer = this.client.send(request);
			List<String> violations = this.checks.violations(answer, operation);
			if (answer.status() < 400 || !violations.isEmpty()) {
				failures.add(operation + " -> " + answer.status() + " " + violations + " " + answer.body());
			}
		}

		assertThat(failures).isEmpty();
	}

}
