package dev.marquee.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.marquee.security.ApiClient.Answer;
import dev.marquee.security.ApiClient.Request;
import dev.marquee.security.ApiDocument.Operation;
import dev.marquee.testdata.TestKeys;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OWASP API3 (broken object property level authorization), mass assignment: no body of
 * any operation of the document may set what the server assigns. Each read-only field
 * (id, version, createdAt, updatedAt) added to an otherwise valid body is refused with
 * 400 invalid-body naming it, and nothing changes.
 */
class Api3BrokenObjectPropertyLevelAuthorizationTests extends GeneratedApiTest {

	@Test
	void readOnlyFieldsAreRefusedByEveryOperationWithABody() {
		DatabaseFingerprint fingerprint = new DatabaseFingerprint(this.jdbc);
		Map<String, String> before = fingerprint.take();
		List<String> accepted = new ArrayList<>();
		int tried = 0;
		for (Operation operation : this.document.operations()) {
			if (operation.bodyType() == null) {
				continue;
			}
			for (String field : BodyMutations.READ_ONLY) {
				ObjectNode body = (ObjectNode) this.targets.body(operation);
				if (field.endsWith("At")) {
					body.put(field, "2016-12-09T00:00:00Z");
				}
				else {
					body.put(field, 7);
				}
				Request request = Request.of(operation.method(), this.targets.fill(operation, Map.of()))
					.header("Authorization", this.admin)
					.header("If-Match", "*")
					.body(body.toString(), operation.bodyType());
				Answer answer = this.client.send(request);
				tried++;
				boolean named = answer.status() == 400 && answer.body().contains("\"code\":\"invalid-body\"")
						&& answer.body().contains("{\"name\":\"" + field + "\",\"in\":\"body\"");
				if (!named) {
					accepted.add(operation + " " + field + " -> " + answer.status() + " " + answer.body());
				}
			}
		}
		System.out.printf("Mass assignment: %d bodies with a read-only field, %d refused%n", tried,
				tried - accepted.size());

		assertThat(accepted).isEmpty();
		assertThat(DatabaseFingerprint.differences(before, fingerprint.take())).isEmpty();
	}

}
