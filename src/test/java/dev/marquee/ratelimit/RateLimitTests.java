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

		assertThat(refused).hasStatus(429).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		String retryAfter = refused.getResponse().getHeader("Retry-After");
		assertThat(Integer.parseInt(retryAfter)).isBetween(1, 60);
		assertThat(refused).bodyJson()
			.isStrictlyEqualTo("""
					{"type":"/problems/too-many-requests","title":"Too many requests","status":429,
					 "detail":"This client may send 3 requests every 60 seconds; retry in %s seconds",
					 "instance":"/api/v1/films/tt3783958","code":"too-many-requests","correlationId":"limit-1"}"""
				.formatted(retryAfter));
		assertThat(refused.getResponse().getHeader("RateLimit-Remaining")).isEqualTo("0");
	}

	@Test
	void eachAddressHasItsOwnAllowance() {
		for (int i = 0; i < 4; i++) {
			get("10.0.0.2", null, "a-" + i);
		}

		assertThat(get("10.0.0.3", null, "b")).hasStatusOk();
	}

	@Test
	void readerKeysGetALargerAllowanceAndAdminKeysNone() {
		String reader = TestKeys.reader(this.keys);
		String admin = TestKeys.admin(this.keys);

		for (int i = 1; i <= 5; i++) {
			assertThat(get("10.0.0.4", reader, "r-" + i)).hasStatusOk();
		}
		assertThat(get("10.0.0.4", reader, "r-6")).hasStatus(429);
		for (int i = 1; i <= 10; i++) {
			MvcTestResult result = get("10.0.0.4", admin, "a-" + i);
			assertThat(result).hasStatusOk();
			assertThat(result.getResponse().getHeader("RateLimit-Limit")).isNull();
		}
	}

	@Test
	void refusedKeysAreBoundedPerAddressBeforeAnyKeyIsLookedUp() {
		for (int i = 1; i <= 3; i++) {
			assertThat(get("10.0.0.6", TestKeys.wellFormedUnknown(), "guess-" + i)).hasStatus(401);
		}

		MvcTestResult refused = get("10.0.0.6", TestKeys.wellFormedUnknown(), "guess-4");

		assertThat(refused).hasStatus(429).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		String retryAfter = refused.getResponse().getHeader("Retry-After");
		assertThat(Integer.parseInt(retryAfter)).isBetween(1, 60);
		assertThat(refused).bodyJson()
			.isStrictlyEqualTo(
					"""
							{"type":"/problems/too-many-requests","title":"Too many requests","status":429,
							 "detail":"Too many failed authentications from this address: 3 are allowed every 60 seconds; retry in %s seconds",
							 "instance":"/api/v1/films/tt3783958","code":"too-many-requests","correlationId":"guess-4"}"""
						.formatted(retryAfter));
		assertThat(get("10.0.0.6", TestKeys.admin(this.keys), "valid-key"))
			.as("refused before the key is looked up, even a valid one")
			.hasStatus(429);
		assertThat(get("10.0.0.6", null, "no-key")).as("without credentials, served as anonymous").hasStatusOk();
		assertThat(get("10.0.0.7", TestKeys.wellFormedUnknown(), "other-address")).hasStatus(401);
	}

	@Test
	void onlyTheApiIsLimited() {
		for (int i = 0; i < 5; i++) {
			MvcTestResult health = this.mvc.get().uri("/actuator/health").with((request) -> {
				request.setRemoteAddr("10.0.0.5");
				return request;
			}).exchange();
			assertThat(health).hasStatusOk();
		}
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
