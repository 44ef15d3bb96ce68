package dev.marquee.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.marquee.security.ApiClient.Answer;
import dev.marquee.security.ApiClient.Request;
import dev.marquee.security.ApiDocument.Operation;
import dev.marquee.testdata.TestKeys;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONCompare;
import org.skyscreamer.jsonassert.JSONCompareMode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OWASP API2 (broken authentication) and API5 (broken function-level authorization): the
 * authorization matrix, generated from the OpenAPI document and Actuator's own index so
 * that new operations are covered without a hand list. Every operation that needs a key
 * (every write, the admin API, Actuator beyond health and info) × {no key, malformed key,
 * unknown key, revoked key, reader key} answers 401 or 403 with exactly the documented
 * problem, and the database is unchanged; with an admin key it is neither 401 nor 403.
 */
class AuthorizationMatrixTests extends GeneratedApiTest {

	private static final String NO_KEY = "no key";

	@Test
	void everyProtectedOperationRefusesEveryCallerButAnAdmin() {
		List<Request> protectedRequests = protectedRequests();
		Map<String, String> callers = new LinkedHashMap<>();
		callers.put(NO_KEY, null);
		callers.put("malformed key", TestKeys.MALFORMED);
		callers.put("unknown key", TestKeys.UNKNOWN);
		callers.put("revoked key", TestKeys.revoked(this.keys));
		callers.put("reader key", TestKeys.reader(this.keys));
		DatabaseFingerprint fingerprint = new DatabaseFingerprint(this.jdbc);
		Map<String, String> before = fingerprint.take();
		List<String> failures = new ArrayList<>();
		int refused = 0;
		int tried = 0;
		for (Request template : protectedRequests) {
			for (Map.Entry<String, String> caller : callers.entrySet()) {
				if (readerMayRead(template) && caller.getKey().equals("reader key")) {
					continue;
				}
				Request request = copy(template).header("Authorization", caller.getValue())
					.header("X-Request-Id", "authz-" + tried);
				Answer answer = this.client.send(request);
				tried++;
				String expected = expectedProblem(request, caller.getKey(), "authz-" + (tried - 1));
				if (matches(expected, answer)) {
					refused++;
				}
				else {
					failures.add(caller.getKey() + " " + template.method() + " " + template.uri() + " -> "
							+ answer.status() + " " + answer.body());
				}
			}
		}
		Map<String, String> changed = DatabaseFingerprint.differences(before, fingerprint.take());
		System.out.printf(
				"Authorization matrix: %d protected operations x %d callers: %d unauthorized requests, "
						+ "%d refused with the documented problem (%.1f %%)%n",
				protectedRequests.size(), callers.size(), tried, refused, 100.0 * refused / tried);

		assertThat(failures).isEmpty();
		assertThat(changed).as("tables changed by refused requests").isEmpty();
		assertThat(refused).isEqualTo(tried).isGreaterThan(200);
	}

	@Test
	void anAdminKeyPassesEveryProtectedOperation() {
		List<String> refused = new ArrayList<>();
		for (Request template : protectedRequests()) {
			Answer answer = this.client.send(copy(template).header("Authorization", this.admin));
			if (answer.status() == 401 || answer.status() == 403 || answer.status() >= 500) {
				refused.add(template.method() + " " + template.uri() + " -> " + answer.status() + " " + answer.body());
			}
		}

		assertThat(refused).isEmpty();
	}

	/**
	 * Every operation of the document that declares the bearer scheme, every write
	 * (declared or not), and every Actuator endpoint but health and info. Writes carry a
	 * stale If-Match and a body that is not an object, so that even an admin changes
	 * nothing.
	 */
	private List<Request> protectedRequests() {
		List<Request> requests = new ArrayList<>();
		ApiDocument document = ApiDocument.read(this.mvc);
		for (Operation operation : document.operations()) {
			if (!operation.needsKey() && operation.isRead()) {
				continue;
			}
			assertThat(operation.needsKey()).as(operation + " documents the bearer scheme").isTrue();
			Request request = Request.of(operation.method(), this.targets.fill(operation, Map.of()))
				.header("If-Match", operation.isRead() ? null : "\"0\"");
			requests.add((operation.bodyType() != null) ? request.body("[]", operation.bodyType()) : request);
		}
		JsonNode links = JsonMapper.builder()
			.build()
			.readTree(this.client.send(Request.of("GET", "/actuator").header("Authorization", this.admin)).body())
			.path("_links");
		for (Map.Entry<String, JsonNode> link : links.properties()) {
			String path = link.getValue().path("href").asString().replaceFirst("^https?://[^/]+", "");
			if (!path.matches("/actuator/(health|info)(/.*)?") && !path.contains("{")) {
				requests.add(Request.of("GET", path));
			}
		}
		requests.add(Request.of("GET", "/actuator"));
		return requests;
	}

	private static Request copy(Request template) {
		return new Request(template.method(), template.uri(), new LinkedHashMap<>(template.headers()), template.body(),
				template.contentType());
	}

	/**
	 * A read that needs a key but not the admin role (the document export): reader keys
	 * pass it.
	 */
	private static boolean readerMayRead(Request request) {
		return request.method().equals("GET") && request.uri().startsWith("/api/v1/")
				&& !request.uri().startsWith("/api/v1/admin/");
	}

	private static String expectedProblem(Request request, String caller, String correlationId) {
		String path = request.uri().replaceFirst("\\?.*", "");
		String detail = switch (caller) {
			case NO_KEY -> readerMayRead(request)
					? "GET " + path + " needs an API key (reader or admin role), sent as 'Authorization: Bearer <key>'"
					: request.method() + " needs an API key with the admin role, sent as 'Authorization: Bearer <key>'";
			case "malformed key" ->
				"The bearer token is not an API key: expected 'mq_' followed by 43 base64url characters";
			case "unknown key" -> "The API key is not known";
			case "revoked key" -> "The API key has been revoked";
			default -> "Your API key's role does not allow " + request.method() + " here";
		};
		boolean forbidden = "reader key".equals(caller);
		return """
				{"type":"/problems/%s","title":"%s","status":%d,"detail":"%s","instance":"%s","code":"%s",
				 "correlationId":"%s"}""".formatted(forbidden ? "forbidden" : "unauthorized",
				forbidden ? "Not allowed" : "Authentication required", forbidden ? 403 : 401, detail, path,
				forbidden ? "forbidden" : "unauthorized", correlationId);
	}

	private static boolean matches(String expected, Answer answer) {
		if (answer.contentType() == null || !answer.contentType().startsWith("application/problem+json")) {
			return false;
		}
		try {
			return JSONCompare.compareJSON(expected, answer.body(), JSONCompareMode.STRICT).passed();
		}
		catch (Exception ex) {
			return false;
		}
	}

}
