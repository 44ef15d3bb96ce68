package dev.marquee.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.marquee.MarqueeTest;
import dev.marquee.apikey.ApiKeyRole;
import dev.marquee.apikey.ApiKeys;
import dev.marquee.apikey.IssuedApiKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A POST retried with the same Idempotency-Key gets the first answer and acts once, even
 * when the retries race; a key reused for another request, or presented while its first
 * request runs, is refused with whole problem bodies. Exercised on the one POST there is
 * today, creating an API key.
 */
@MarqueeTest
class IdempotencyTests {

	private static final String PATH = "/api/v1/admin/api-keys";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApiKeys keys;

	@Autowired
	JdbcTemplate jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	private IssuedApiKey admin;

	@BeforeEach
	void issueAdminKey() {
		this.admin = this.keys.issue("idempotency admin", ApiKeyRole.ADMIN);
	}

	@Test
	void retryWithTheSameKeyGetsTheFirstAnswerAndCreatesOnce() {
		String body = "{\"name\":\"idem retried\",\"role\":\"reader\"}";

		MvcTestResult first = post(this.admin, "retry-1", body);
		MvcTestResult retry = post(this.admin, "retry-1", body);

		assertThat(first).hasStatus(201).doesNotContainHeader(IdempotencyFilter.REPLAYED);
		assertThat(retry).hasStatus(201)
			.hasHeader(IdempotencyFilter.REPLAYED, "true")
			.hasHeader(HttpHeaders.LOCATION, first.getResponse().getHeader(HttpHeaders.LOCATION))
			.hasHeader(HttpHeaders.CACHE_CONTROL, "no-store")
			.hasContentType(MediaType.APPLICATION_JSON);
		assertThat(retry.getResponse().getContentAsByteArray()).isEqualTo(first.getResponse().getContentAsByteArray());
		assertThat(count("idem retried")).isEqualTo(1);
	}

	@Test
	void storedAnswerKeepsNoSecretInClear() {
		MvcTestResult created = post(this.admin, "secret-1", "{\"name\":\"idem secret\",\"role\":\"reader\"}");
		String key = this.json.readTree(created.getResponse().getContentAsByteArray()).get("key").asString();

		byte[] stored = this.jdbc.queryForObject(
				"select body from idempotency_key where api_key_id = ? and idempotency_key = 'secret-1'", byte[].class,
				this.admin.id());

		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(key.substring(10))
			.doesNotContain("idem secret");
	}

	@Test
	void sameKeyWithAnotherBodyIsRefusedAsReused() {
		post(this.admin, "reuse-1", "{\"name\":\"idem first\",\"role\":\"reader\"}");

		MvcTestResult reused = this.mvc.post()
			.uri(PATH)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.admin.key())
			.header(IdempotencyFilter.HEADER, "reuse-1")
			.header("X-Request-Id", "idem-422")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"idem second\",\"role\":\"reader\"}")
			.exchange();

		assertThat(reused).hasStatus(422).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(reused).bodyJson()
			.isStrictlyEqualTo(
					"""
							{"type":"/problems/idempotency-key-reused","title":"Idempotency key reused","status":422,
							 "detail":"Idempotency-Key 'reuse-1' was used for a different request (another method, path or body); use a new key for a new request",
							 "instance":"/api/v1/admin/api-keys","code":"idempotency-key-reused","correlationId":"idem-422"}""");
		assertThat(count("idem second")).isZero();
	}

	@Test
	void sameRequestWhileTheFirstRunsIsRefusedAsInProgress() throws Exception {
		String body = "{\"name\":\"idem running\",\"role\":\"reader\"}";
		byte[] fingerprint = MessageDigest.getInstance("SHA-256")
			.digest(("POST " + PATH + "?\n" + body).getBytes(StandardCharsets.UTF_8));
		this.jdbc.update("insert into idempotency_key (api_key_id, idempotency_key, fingerprint) values (?, ?, ?)",
				this.admin.id(), "running-1", fingerprint);

		MvcTestResult result = this.mvc.post()
			.uri(PATH)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.admin.key())
			.header(IdempotencyFilter.HEADER, "running-1")
			.header("X-Request-Id", "idem-409")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();

		assertThat(result).hasStatus(409).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson()
			.isStrictlyEqualTo(
					"""
							{"type":"/problems/idempotency-key-in-progress","title":"Idempotent request in progress","status":409,
							 "detail":"The first request with Idempotency-Key 'running-1' is still running; retry later to get its answer",
							 "instance":"/api/v1/admin/api-keys","code":"idempotency-key-in-progress","correlationId":"idem-409"}""");
		assertThat(count("idem running")).isZero();
	}

	@Test
	void concurrentRequestsWithOneKeyCreateOnce() throws Exception {
		String body = "{\"name\":\"idem raced\",\"role\":\"reader\"}";
		int requests = 8;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(requests);
		List<Future<MvcTestResult>> futures = new ArrayList<>();
		try {
			for (int i = 0; i < requests; i++) {
				futures.add(pool.submit(() -> {
					start.await();
					return post(this.admin, "race-1", body);
				}));
			}
			start.countDown();
			List<MvcTestResult> results = new ArrayList<>();
			for (Future<MvcTestResult> future : futures) {
				results.add(future.get());
			}

			List<MvcTestResult> firsts = results.stream()
				.filter((r) -> r.getResponse().getStatus() == 201
						&& r.getResponse().getHeader("Idempotent-Replayed") == null)
				.toList();
			assertThat(firsts).hasSize(1);
			byte[] answer = firsts.get(0).getResponse().getContentAsByteArray();
			for (MvcTestResult result : results) {
				int status = result.getResponse().getStatus();
				assertThat(status).isIn(201, 409);
				if (status == 201) {
					assertThat(result.getResponse().getContentAsByteArray()).isEqualTo(answer);
				}
				else {
					assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("idempotency-key-in-progress");
				}
			}
			assertThat(count("idem raced")).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void keysAreScopedToTheApiKeyThatSentThem() {
		IssuedApiKey other = this.keys.issue("idempotency other admin", ApiKeyRole.ADMIN);
		String body = "{\"name\":\"idem scoped\",\"role\":\"reader\"}";

		MvcTestResult mine = post(this.admin, "scope-1", body);
		MvcTestResult theirs = post(other, "scope-1", body);

		assertThat(mine).hasStatus(201);
		assertThat(theirs).hasStatus(201).doesNotContainHeader(IdempotencyFilter.REPLAYED);
		assertThat(count("idem scoped")).isEqualTo(2);
	}

	@Test
	void anExpiredKeyActsAgain() {
		String body = "{\"name\":\"idem expired\",\"role\":\"reader\"}";
		post(this.admin, "expire-1", body);
		this.jdbc.update("update idempotency_key set created_at = now() - interval '25 hours'"
				+ " where api_key_id = ? and idempotency_key = 'expire-1'", this.admin.id());

		MvcTestResult again = post(this.admin, "expire-1", body);

		assertThat(again).hasStatus(201).doesNotContainHeader(IdempotencyFilter.REPLAYED);
		assertThat(count("idem expired")).isEqualTo(2);
	}

	/**
	 * A claim whose request never answered (the database failed under it, so the claim
	 * could not be released) does not block the key for a day.
	 */
	@Test
	void aClaimAbandonedForAMinuteRunsAgain() throws Exception {
		String body = "{\"name\":\"idem abandoned\",\"role\":\"reader\"}";
		byte[] fingerprint = MessageDigest.getInstance("SHA-256")
			.digest(("POST " + PATH + "?\n" + body).getBytes(StandardCharsets.UTF_8));
		this.jdbc.update("insert into idempotency_key (api_key_id, idempotency_key, fingerprint, created_at)"
				+ " values (?, 'abandoned-1', ?, now() - interval '61 seconds')", this.admin.id(), fingerprint);

		MvcTestResult retry = post(this.admin, "abandoned-1", body);

		assertThat(retry).hasStatus(201).doesNotContainHeader(IdempotencyFilter.REPLAYED);
		assertThat(count("idem abandoned")).isEqualTo(1);
	}

	@Test
	void refusedAnswersAreReplayedToo() {
		String body = "{\"name\":\"\",\"role\":\"reader\"}";

		MvcTestResult first = post(this.admin, "invalid-1", body);
		MvcTestResult retry = post(this.admin, "invalid-1", body);

		assertThat(first).hasStatus(400);
		assertThat(retry).hasStatus(400)
			.hasHeader(IdempotencyFilter.REPLAYED, "true")
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(retry.getResponse().getContentAsByteArray()).isEqualTo(first.getResponse().getContentAsByteArray());
	}

	@Test
	void malformedKeyIsRefused() {
		MvcTestResult result = this.mvc.post()
			.uri(PATH)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.admin.key())
			.header(IdempotencyFilter.HEADER, "two words")
			.header("X-Request-Id", "idem-400")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"idem malformed\",\"role\":\"reader\"}")
			.exchange();

		assertThat(result).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson()
			.isStrictlyEqualTo(
					"""
							{"type":"/problems/invalid-parameter","title":"Invalid request parameter","status":400,
							 "detail":"Idempotency-Key must be 1 to 255 visible ASCII characters",
							 "instance":"/api/v1/admin/api-keys","code":"invalid-parameter","correlationId":"idem-400",
							 "errors":[{"name":"Idempotency-Key","in":"header","message":"must be 1 to 255 visible ASCII characters"}]}""");
		assertThat(count("idem malformed")).isZero();
	}

	private MvcTestResult post(IssuedApiKey key, String idempotencyKey, String body) {
		return this.mvc.post()
			.uri(PATH)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + key.key())
			.header(IdempotencyFilter.HEADER, idempotencyKey)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	private int count(String name) {
		return this.jdbc.queryForObject("select count(*) from api_key where name = ?", Integer.class, name);
	}

}
