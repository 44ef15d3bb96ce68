package dev.marquee.security;

import java.util.stream.Stream;

import dev.marquee.MarqueeTest;
import dev.marquee.apikey.ApiKeys;
import dev.marquee.testdata.AdminCalls;
import dev.marquee.testdata.TestKeys;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.marquee.testdata.AdminCalls.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authorization matrix of the film, person, company and list writes: every operation
 * with no key, a malformed, an unknown, a revoked and a reader's key is refused before
 * anything is read or written, with the problem saying why; an admin's key gets through
 * (to a 404, 400 or 428 of the operation itself, on resources that do not exist).
 */
@MarqueeTest
class ResourceWriteAuthorizationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApiKeys keys;

	static Stream<Arguments> operations() {
		return Stream.of(Arguments.of(HttpMethod.POST, "/api/v1/films"),
				Arguments.of(HttpMethod.POST, "/api/v1/people"),
				Arguments.of(HttpMethod.PUT, "/api/v1/people/nm0000009"),
				Arguments.of(HttpMethod.PATCH, "/api/v1/people/nm0000009"),
				Arguments.of(HttpMethod.DELETE, "/api/v1/people/nm0000009"),
				Arguments.of(HttpMethod.POST, "/api/v1/companies"),
				Arguments.of(HttpMethod.PUT, "/api/v1/companies/co0000009"),
				Arguments.of(HttpMethod.PATCH, "/api/v1/companies/co0000009"),
				Arguments.of(HttpMethod.DELETE, "/api/v1/companies/co0000009"),
				Arguments.of(HttpMethod.POST, "/api/v1/lists"), Arguments.of(HttpMethod.PUT, "/api/v1/lists/987654"),
				Arguments.of(HttpMethod.PATCH, "/api/v1/lists/987654"),
				Arguments.of(HttpMethod.DELETE, "/api/v1/lists/987654"),
				Arguments.of(HttpMethod.POST, "/api/v1/lists/987654/items"),
				Arguments.of(HttpMethod.PUT, "/api/v1/lists/987654/items"),
				Arguments.of(HttpMethod.DELETE, "/api/v1/lists/987654/items/tt3783958"),
				Arguments.of(HttpMethod.PATCH, "/api/v1/films/tt0000009/box-office"));
	}

	@ParameterizedTest
	@MethodSource("operations")
	void everyKeyButAnAdminsIsRefusedWithTheReason(HttpMethod method, String uri) {
		String name = method.name();
		String problem401 = """
				{"type":"/problems/unauthorized","title":"Authentication required","status":401,"detail":"%s",
				 "instance":"%s","code":"unauthorized","correlationId":"az"}""";

		assertProblem(send(method, uri, ""), 401, problem401
			.formatted(name + " needs an API key with the admin role, sent as 'Authorization: Bearer <key>'", uri));
		assertProblem(send(method, uri, TestKeys.MALFORMED), 401, problem401
			.formatted("The bearer token is not an API key: expected 'mq_' followed by 43 base64url characters", uri));
		assertProblem(send(method, uri, TestKeys.UNKNOWN), 401, problem401.formatted("The API key is not known", uri));
		assertProblem(send(method, uri, TestKeys.revoked(this.keys)), 401,
				problem401.formatted("The API key has been revoked", uri));
		assertProblem(send(method, uri, TestKeys.reader(this.keys)), 403, """
				{"type":"/problems/forbidden","title":"Not allowed","status":403,
				 "detail":"Your API key's role does not allow %s here","instance":"%s","code":"forbidden",
				 "correlationId":"az"}""".formatted(name, uri));
		MvcTestResult admin = send(method, uri, TestKeys.admin(this.keys));
		assertThat(admin.getResponse().getStatus()).isIn(400, 404, 428);
	}

	private MvcTestResult send(HttpMethod method, String uri, String key) {
		AdminCalls calls = new AdminCalls(this.mvc, key, "az");
		if (method == HttpMethod.DELETE) {
			return calls.delete(uri, "\"0\"");
		}
		MediaType type = (method == HttpMethod.PATCH) ? AdminCalls.MERGE_PATCH : MediaType.APPLICATION_JSON;
		return calls.request(method, uri, "\"0\"").contentType(type).content("{}").exchange();
	}

}
