package dev.marquee.support.web;

import dev.marquee.MarqueeTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ETags and 304s, the public operational endpoints, and what stays closed.
 */
@MarqueeTest
class HttpBehaviourTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void filmAnswersWithAStrongEtagAndNotModifiedWhenItMatches() {
		MvcTestResult first = this.mvc.get().uri("/api/v1/films/tt3783958?include=all").exchange();
		String etag = first.getResponse().getHeader("ETag");

		assertThat(etag).matches("\"\\d+\\.[0-9a-f]{16}\"");
		MvcTestResult second = this.mvc.get()
			.uri("/api/v1/films/tt3783958?include=all")
			.header("If-None-Match", etag)
			.exchange();
		assertThat(second).hasStatus(304);
		assertThat(second.getResponse().getContentAsByteArray()).isEmpty();
		assertThat(second.getResponse().getHeader("ETag")).isEqualTo(etag);
	}

	@Test
	void readsMayBeCachedBrieflyAndVaryByAccept() {
		MvcTestResult ok = this.mvc.get().uri("/api/v1/films/tt3783958").exchange();
		MvcTestResult notModified = this.mvc.get()
			.uri("/api/v1/films/tt3783958")
			.header("If-None-Match", ok.getResponse().getHeader("ETag"))
			.exchange();

		assertThat(ok.getResponse().getHeader("Cache-Control")).isEqualTo("public, max-age=60");
		assertThat(ok.getResponse().getHeaders("Vary")).contains("Accept");
		assertThat(notModified).hasStatus(304);
		assertThat(notModified.getResponse().getHeader("Cache-Control")).isEqualTo("public, max-age=60");
	}

	@Test
	void problemsAreNeverStored() {
		MvcTestResult notFound = this.mvc.get().uri("/api/v1/films/tt0000001").exchange();
		MvcTestResult badInclude = this.mvc.get().uri("/api/v1/films/tt3783958?include=nope").exchange();

		assertThat(notFound.getResponse().getHeaders("Cache-Control")).containsExactly("no-store");
		assertThat(badInclude.getResponse().getHeaders("Cache-Control")).containsExactly("no-store");
	}

	@Test
	void anyOriginMayReadButNotWrite() {
		MvcTestResult read = this.mvc.get()
			.uri("/api/v1/films/tt3783958")
			.header("Origin", "https://frontend.example")
			.exchange();
		MvcTestResult preflightRead = this.mvc.options()
			.uri("/api/v1/films/tt3783958")
			.header("Origin", "https://frontend.example")
			.header("Access-Control-Request-Method", "GET")
			.exchange();
		MvcTestResult preflightWrite = this.mvc.options()
			.uri("/api/v1/films/tt3783958")
			.header("Origin", "https://frontend.example")
			.header("Access-Control-Request-Method", "DELETE")
			.exchange();

		assertThat(read).hasStatusOk();
		assertThat(read.getResponse().getHeader("Access-Control-Allow-Origin")).isEqualTo("https://frontend.example");
		assertThat(read.getResponse().getHeaders("Vary")).contains("Origin", "Accept");
		assertThat(read.getResponse().getHeader("Access-Control-Expose-Headers"))
			.isEqualTo("ETag, X-Request-Id, Location, Retry-After, RateLimit-Limit, RateLimit-Remaining, "
					+ "RateLimit-Reset, RateLimit-Policy, Idempotent-Replayed");
		assertThat(preflightRead).hasStatusOk();
		assertThat(preflightRead.getResponse().getHeader("Access-Control-Allow-Methods")).isEqualTo("GET,HEAD");
		assertThat(preflightRead.getResponse().getHeader("Access-Control-Max-Age")).isEqualTo("3600");
		assertThat(preflightWrite).hasStatus(403);
		assertThat(preflightWrite.getResponse().getHeader("Access-Control-Allow-Origin")).isNull();
	}

	/**
	 * The film with its cast is the film alone plus the cast as its own resource answers
	 * it; being another body, it has another ETag.
	 */
	@Test
	void differentRepresentationsHaveDifferentEtags() {
		MvcTestResult plain = this.mvc.get().uri("/api/v1/films/tt3783958").exchange();
		MvcTestResult withCast = this.mvc.get().uri("/api/v1/films/tt3783958?include=cast").exchange();
		MvcTestResult cast = this.mvc.get().uri("/api/v1/films/tt3783958/cast?size=100").exchange();

		ObjectNode expected = (ObjectNode) this.json.readTree(plain.getResponse().getContentAsByteArray());
		expected.set("cast", this.json.readTree(cast.getResponse().getContentAsByteArray()).get("items"));
		assertThat(plain).hasStatusOk();
		assertThat(cast).hasStatusOk();
		assertThat(withCast).hasStatusOk().bodyJson().isStrictlyEqualTo(this.json.writeValueAsString(expected));
		assertThat(plain.getResponse().getHeader("ETag")).matches("\"\\d+\"");
		assertThat(withCast.getResponse().getHeader("ETag")).matches("\"\\d+\\.[0-9a-f]{16}\"")
			.isNotEqualTo(plain.getResponse().getHeader("ETag"));
	}

	@Test
	void everyResponseCarriesACorrelationId() {
		MvcTestResult generated = this.mvc.get().uri("/api/v1/films/tt3783958").exchange();
		MvcTestResult echoed = this.mvc.get()
			.uri("/api/v1/films/tt3783958")
			.header("X-Request-Id", "abc-123")
			.exchange();
		MvcTestResult refused = this.mvc.get()
			.uri("/api/v1/films/tt3783958")
			.header("X-Request-Id", "<script>")
			.exchange();

		assertThat(generated.getResponse().getHeader("X-Request-Id")).matches("[0-9a-f-]{36}");
		assertThat(echoed.getResponse().getHeader("X-Request-Id")).isEqualTo("abc-123");
		assertThat(refused.getResponse().getHeader("X-Request-Id")).matches("[0-9a-f-]{36}");
	}

	@Test
	void healthIsPublicWithLivenessAndReadinessGroups() {
		assertThat(this.mvc.get().uri("/actuator/health").exchange()).hasStatusOk().bodyJson().isStrictlyEqualTo("""
				{"status":"UP","groups":["liveness","readiness"]}""");
		assertThat(this.mvc.get().uri("/actuator/health/readiness").exchange()).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"status":"UP"}""");
		assertThat(this.mvc.get().uri("/actuator/health/liveness").exchange()).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"status":"UP"}""");
	}

	@Test
	void infoIsPublic() {
		assertThat(this.mvc.get().uri("/actuator/info").exchange()).hasStatusOk().bodyJson().isStrictlyEqualTo("""
				{"app":{"name":"Marquee","description":"Open-source REST API for film metadata"}}""");
	}

	@Test
	void noOtherActuatorEndpointIsOpen() {
		for (String endpoint : new String[] { "env", "beans", "configprops", "heapdump", "loggers", "mappings",
				"metrics", "threaddump" }) {
			MvcTestResult result = this.mvc.get().uri("/actuator/" + endpoint).header("X-Request-Id", "act").exchange();

			assertThat(result).hasStatus(401).bodyJson().isStrictlyEqualTo("""
					{"type":"/problems/unauthorized","title":"Authentication required","status":401,
					 "detail":"GET needs an API key with the admin role, sent as 'Authorization: Bearer <key>'",
					 "instance":"/actuator/%s","code":"unauthorized","correlationId":"act"}""".formatted(endpoint));
		}
	}

	@Test
	void answersCarrySecurityHeaders() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/films/tt3783958").exchange();

		assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(result.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
		assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
		assertThat(result.getResponse().getHeader("Server")).isNull();
	}

	@Test
	void noPasswordBasedUserStoreExists() {
		assertThat(this.context.getBeanNamesForType(UserDetailsService.class)).isEmpty();
	}

	@Test
	void openApiDocumentAndSwaggerUiArePublic() {
		MvcTestResult apiDocs = this.mvc.get().uri("/v3/api-docs").exchange();
		assertThat(apiDocs).hasStatusOk();
		assertThat(apiDocs).bodyJson()
			.extractingPath("$.paths['/api/v1/films/{id}'].get.summary")
			.isEqualTo("Get a film, with any sections of its title page");
		assertThat(this.mvc.get().uri("/swagger-ui.html").exchange()).hasStatus3xxRedirection()
			.hasRedirectedUrl("/swagger-ui/index.html");
	}

}
