package dev.marquee.ratelimit;

import dev.marquee.TestDatabaseInitializer;
import dev.marquee.apikey.ApiKeys;
import dev.marquee.testdata.TestKeys;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Small allowances, so the limits show within a test: 3 requests a minute without a key,
 * 5 with a reader key, none for admin keys; 3 refused keys. Each test uses its own client
 * address, since buckets are per address.
 */
@SpringBootTest(properties = { "marquee.rate-limit.anonymous=3", "marquee.rate-limit.reader=5",
		"marquee.rate-limit.window=60s", "marquee.rate-limit.failed-authentications=3" })
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class RateLimitTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApiKeys keys;

	@Test
	void anonymousClientsGetTheirAllowanceThenTooManyRequests() {
		for (int i = 1; i <= 3; i++) {
			MvcTestResult result = get("10.0.0.1", null, "ok-" + i);
			assertThat(result).hasStatusOk();
			assertThat(result.getResponse().getHeader("RateLimit-Limit")).isEqualTo("3");
			assertThat(result.getResponse().getHeader("RateLimit-Remaining")).isEqualTo(String.valueOf(3 - i));
			assertThat(result.getResponse().getHeader("RateLimit-Policy")).isEqualTo("3;w=60");
		}

		MvcTestResult refused = get("10.0.0.1", null, "limit-1");

		assertTooManyRequests(refused, "This client may send 3 requests every 60 seconds");
		assertThat(refused.getResponse().getHeader("RateLimit-Remaining")).isEqualTo("0");
	}

	/**
	 * Anonymous reads take a short security chain; the limit is around every chain, and a
	 * conditional GET answered 304 counts as a request too.
	 */
	@Test
	void anonymousTitlePagesAndConditionalGetsAreLimitedToo() {
		MvcTestResult page = this.mvc.get()
			.uri("/api/v1/films/tt3783958?include=all")
			.with((request) -> remote(request, "10.0.0.9"))
			.exchange();
		assertThat(page).hasStatusOk().hasHeader("RateLimit-Remaining", "2");
		MvcTestResult notModified = this.mvc.get()
			.uri("/api/v1/films/tt3783958?include=all")
			.header("If-None-Match", page.getResponse().getHeader("ETag"))
			.with((request) -> remote(request, "10.0.0.9"))
			.exchange();
		assertThat(notModified).hasStatus(304).hasHeader("RateLimit-Remaining", "1");
		assertThat(this.mvc.head().uri("/api/v1/films/tt3783958").with((request) -> remote(request, "10.0.0.9")))
			.hasStatusOk()
			.hasHeader("RateLimit-Remaining", "0");

		assertTooManyRequests(get("10.0.0.9", null, "limit-9"), "This client may send 3 requests every 60 seconds");
	}

	private static org.springframework.mock.web.MockHttpServletRequest remote(
			org.springframework.mock.web.MockHttpServletRequest request, String address) {
		request.setRemoteAddr(address);
		return request;
	}

	@Test
	void eachAddressHasItsOwnAllowance() throws Exception {
		String film = filmAsAdmin();
		for (int i = 1; i <= 3; i++) {
			assertFilm(get("10.0.0.2", null, "a-" + i), film);
		}

		assertTooManyRequests(get("10.0.0.2", null, "a-4"), "This client may send 3 requests every 60 seconds");
		assertFilm(get("10.0.0.3", null, "b"), film);
	}

	@Test
	void readerKeysGetALargerAllowanceAndAdminKeysNone() throws Exception {
		String reader = TestKeys.reader(this.keys);
		String admin = TestKeys.admin(this.keys);
		String film = filmAsAdmin();

		for (int i = 1; i <= 5; i++) {
			assertFilm(get("10.0.0.4", reader, "r-" + i), film);
		}
		assertTooManyRequests(get("10.0.0.4", reader, "r-6"), "This client may send 5 requests every 60 seconds");
		for (int i = 1; i <= 10; i++) {
			MvcTestResult result = get("10.0.0.4", admin, "a-" + i);
			assertFilm(result, film);
			assertThat(result.getResponse().getHeader("RateLimit-Limit")).isNull();
		}
	}

	@Test
	void refusedKeysAreBoundedPerAddressBeforeAnyKeyIsLookedUp() throws Exception {
		for (int i = 1; i <= 3; i++) {
			assertUnknownKey(get("10.0.0.6", TestKeys.wellFormedUnknown(), "guess-" + i));
		}

		String failedAuthentications = "Too many failed authentications from this address: 3 are allowed every 60 seconds";
		assertTooManyRequests(get("10.0.0.6", TestKeys.wellFormedUnknown(), "guess-4"), failedAuthentications);
		// refused before the key is looked up, even a valid one
		assertTooManyRequests(get("10.0.0.6", TestKeys.admin(this.keys), "valid-key"), failedAuthentications);
		// without credentials, served as anonymous
		assertFilm(get("10.0.0.6", null, "no-key"), filmAsAdmin());
		assertUnknownKey(get("10.0.0.7", TestKeys.wellFormedUnknown(), "other-address"));
	}

	@Test
	void onlyTheApiIsLimited() {
		for (int i = 0; i < 5; i++) {
			MvcTestResult health = this.mvc.get().uri("/actuator/health").with((request) -> {
				request.setRemoteAddr("10.0.0.5");
				return request;
			}).exchange();
			assertThat(health).hasStatusOk().bodyJson().isStrictlyEqualTo("""
					{"status":"UP","groups":["liveness","readiness"]}""");
		}
	}

	/**
	 * The film as an admin key reads it, never limited: what every allowed client is
	 * answered.
	 */
	private String filmAsAdmin() throws Exception {
		MvcTestResult result = get("10.0.0.99", TestKeys.admin(this.keys), "reference");
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private static void assertFilm(MvcTestResult result, String film) {
		assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON).bodyJson().isStrictlyEqualTo(film);
	}

	private static void assertTooManyRequests(MvcTestResult refused, String allowance) {
		assertThat(refused).hasStatus(429).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		String retryAfter = refused.getResponse().getHeader("Retry-After");
		assertThat(Integer.parseInt(retryAfter)).isBetween(1, 60);
		assertThat(refused).bodyJson()
			.isStrictlyEqualTo("""
					{"type":"/problems/too-many-requests","title":"Too many requests","status":429,
					 "detail":"%s; retry in %s seconds","instance":"/api/v1/films/tt3783958",
					 "code":"too-many-requests","correlationId":"%s"}""".formatted(allowance, retryAfter,
					refused.getResponse().getHeader("X-Request-Id")));
	}

	private static void assertUnknownKey(MvcTestResult refused) {
		assertThat(refused).hasStatus(401).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(refused).bodyJson()
			.isStrictlyEqualTo("""
					{"type":"/problems/unauthorized","title":"Authentication required","status":401,
					 "detail":"The API key is not known","instance":"/api/v1/films/tt3783958",
					 "code":"unauthorized","correlationId":"%s"}"""
				.formatted(refused.getResponse().getHeader("X-Request-Id")));
	}

	private MvcTestResult get(String address, String authorization, String requestId) {
		return this.mvc.get().uri("/api/v1/films/tt3783958").header("X-Request-Id", requestId).with((request) -> {
			request.setRemoteAddr(address);
			if (authorization != null) {
				request.addHeader("Authorization", authorization);
			}
			return request;
		}).exchange();
	}

}
