package dev.marquee.support.web;

import dev.marquee.MarqueeTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a browser app and a reverse proxy in front of the API meet: CORS for read and
 * write origins, the headers a page may read, a refused preflight that names the setting
 * to change, and links written with the proxy's public address, from trusted proxies
 * only.
 */
@MarqueeTest
@TestPropertySource(properties = { "marquee.cors.write-origins=http://localhost:3000",
		"marquee.http.trusted-proxies=127.0.0.1/32" })
class BrowserAndProxyTests {

	private static final String CAST_PAGE = "/api/v1/films/tt3783958/cast?size=1";

	@Autowired
	MockMvcTester mvc;

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void aWriteOriginMayPatchAfterItsPreflight() {
		MvcTestResult preflight = this.mvc.options()
			.uri("/api/v1/films/tt3783958")
			.header("Origin", "http://localhost:3000")
			.header("Access-Control-Request-Method", "PATCH")
			.header("Access-Control-Request-Headers", "authorization, content-type, if-match")
			.exchange();

		assertThat(preflight).hasStatusOk();
		assertThat(preflight.getResponse().getHeader("Access-Control-Allow-Origin")).isEqualTo("http://localhost:3000");
		assertThat(preflight.getResponse().getHeader("Access-Control-Allow-Methods"))
			.isEqualTo("GET,HEAD,POST,PUT,PATCH,DELETE");
		assertThat(preflight.getResponse().getHeader("Access-Control-Allow-Headers"))
			.isEqualTo("authorization, content-type, if-match");
	}

	@Test
	void aPageMayReadTheEtagLocationRateLimitAndReplayHeaders() {
		MvcTestResult read = this.mvc.get()
			.uri("/api/v1/films/tt3783958")
			.header("Origin", "https://frontend.example")
			.exchange();

		assertThat(read).hasStatusOk();
		assertThat(read.getResponse().getHeader("Access-Control-Expose-Headers"))
			.isEqualTo("ETag, X-Request-Id, Location, Retry-After, RateLimit-Limit, RateLimit-Remaining, "
					+ "RateLimit-Reset, RateLimit-Policy, Idempotent-Replayed");
	}

	@Test
	void aReadOriginsWritePreflightIsRefusedNamingTheSettingThatAllowsIt() {
		MvcTestResult preflight = this.mvc.options()
			.uri("/api/v1/films/tt3783958")
			.header("Origin", "https://frontend.example")
			.header("Access-Control-Request-Method", "PATCH")
			.header("X-Request-Id", "cors-1")
			.exchange();

		assertThat(preflight).hasStatus(403).hasContentType("application/problem+json");
		assertThat(preflight.getResponse().getHeader("Access-Control-Allow-Origin")).isNull();
		assertThat(preflight).bodyJson()
			.isStrictlyEqualTo(
					"""
							{"type":"/problems/forbidden","title":"Not allowed","status":403,
							 "detail":"Pages from https://frontend.example may only read (GET, HEAD) from this server, not send PATCH: add the origin to marquee.cors.write-origins (environment variable MARQUEE_CORS_WRITE_ORIGINS) to let it write",
							 "instance":"/api/v1/films/tt3783958","code":"forbidden","correlationId":"cors-1"}""");
	}

	@Test
	void linksCarryTheAddressATrustedProxyForwards() throws Exception {
		MvcTestResult proxied = this.mvc.get()
			.uri(CAST_PAGE)
			.header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-Host", "films.example.org")
			.exchange();

		assertThat(proxied).hasStatusOk();
		String cursor = this.json.readTree(proxied.getResponse().getContentAsByteArray()).get("nextCursor").asString();
		assertThat(this.json.readTree(proxied.getResponse().getContentAsByteArray()).get("next").asString())
			.isEqualTo("https://films.example.org" + CAST_PAGE + "&after=" + cursor);
	}

	@Test
	void forwardedHeadersFromAnyoneElseAreIgnored() throws Exception {
		MvcTestResult direct = this.mvc.get()
			.uri(CAST_PAGE)
			.header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-Host", "evil.example")
			.with((request) -> {
				request.setRemoteAddr("203.0.113.9");
				return request;
			})
			.exchange();

		assertThat(direct).hasStatusOk();
		String cursor = this.json.readTree(direct.getResponse().getContentAsByteArray()).get("nextCursor").asString();
		assertThat(this.json.readTree(direct.getResponse().getContentAsByteArray()).get("next").asString())
			.isEqualTo("http://localhost" + CAST_PAGE + "&after=" + cursor);
	}

}
