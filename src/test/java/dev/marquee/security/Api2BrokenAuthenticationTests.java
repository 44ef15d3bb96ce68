package dev.marquee.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import dev.marquee.MarqueeTest;
import dev.marquee.apikey.ApiKeys;
import dev.marquee.testdata.TestKeys;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OWASP API2 (broken authentication), beside the full matrix of
 * {@link AuthorizationMatrixTests}: a key is only ever taken from the Authorization
 * header, never from the URL (where logs and browser histories would keep it); only its
 * SHA-256 hash is stored, and the lookup is by that hash, so the comparison never runs
 * over the secret itself and cannot leak it through timing; a key that differs from a
 * real one in a single character is unknown.
 */
@MarqueeTest
class Api2BrokenAuthenticationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApiKeys keys;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aKeyInTheUrlIsNeverTakenForOne() {
		String key = TestKeys.admin(this.keys).substring("Bearer ".length());
		for (String parameter : List.of("api_key", "apiKey", "key", "access_token", "token")) {
			assertThat(this.mvc.delete()
				.uri("/api/v1/admin/api-keys/999999999?" + parameter + "=" + key)
				.header("X-Request-Id", "url-" + parameter)).hasStatus(401)
				.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
				.bodyJson()
				.isStrictlyEqualTo(
						"""
								{"type":"/problems/unauthorized","title":"Authentication required","status":401,
								 "detail":"DELETE needs an API key with the admin role, sent as 'Authorization: Bearer <key>'",
								 "instance":"/api/v1/admin/api-keys/999999999","code":"unauthorized","correlationId":"url-%s"}"""
							.formatted(parameter));
		}
	}

	@Test
	void onlyTheKeysHashIsStoredAndLookedUp() throws Exception {
		String key = TestKeys.admin(this.keys).substring("Bearer ".length());
		String hash = HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.US_ASCII)));

		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM api_key WHERE encode(key_hash, 'hex') = ?",
				Integer.class, hash))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM api_key k WHERE position(? in k::text) > 0 OR position(? in k::text) > 0",
				Integer.class, key, key.substring(10)))
			.isZero();
	}

	@Test
	void aKeyOneCharacterOffIsUnknown() {
		String key = TestKeys.admin(this.keys).substring("Bearer ".length());
		char last = key.charAt(key.length() - 1);
		String nearMiss = key.substring(0, key.length() - 1) + ((last == 'A') ? 'B' : 'A');

		assertThat(this.mvc.get()
			.uri("/api/v1/admin/api-keys")
			.header("Authorization", "Bearer " + nearMiss)
			.header("X-Request-Id", "near-miss")).hasStatus(401)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.isStrictlyEqualTo("""
					{"type":"/problems/unauthorized","title":"Authentication required","status":401,
					 "detail":"The API key is not known","instance":"/api/v1/admin/api-keys",
					 "code":"unauthorized","correlationId":"near-miss"}""");
	}

}
