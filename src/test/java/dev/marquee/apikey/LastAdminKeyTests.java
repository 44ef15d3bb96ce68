package dev.marquee.apikey;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.marquee.MarqueeTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The last active admin key cannot be revoked, not even by two admins at once. The suite
 * shares one database, full of other tests' admin keys: each test sets those aside
 * (revoked) while it runs and gives them back afterwards.
 */
@MarqueeTest
class LastAdminKeyTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApiKeys keys;

	@Autowired
	JdbcTemplate jdbc;

	private final List<Long> setAside = new ArrayList<>();

	@AfterEach
	void giveBackTheKeysSetAside() {
		for (long id : this.setAside) {
			this.jdbc.update("update api_key set revoked_at = null where id = ?", id);
		}
	}

	@Test
	void theLastActiveAdminKeyCannotRevokeItself() {
		IssuedApiKey last = this.keys.issue("the last admin", ApiKeyRole.ADMIN);
		onlyActiveAdminKeys(last);

		MvcTestResult refused = revoke(last.id(), last, "last-1");

		assertThat(refused).hasStatus(409).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(refused).bodyJson()
			.isStrictlyEqualTo(
					"""
							{"type":"/problems/conflict","title":"Conflict","status":409,
							 "detail":"API key %d is the last active admin key: revoking it would lock every admin out. Create another admin key first (POST /api/v1/admin/api-keys with role admin), then revoke this one with the new key",
							 "instance":"/api/v1/admin/api-keys/%d","code":"conflict","correlationId":"last-1"}"""
						.formatted(last.id(), last.id()));
		assertThat(this.keys.authenticate(last.key()).role()).as("still works").isEqualTo(ApiKeyRole.ADMIN);
	}

	@Test
	void readerKeysAndNonLastAdminKeysAreStillRevoked() {
		IssuedApiKey admin = this.keys.issue("an admin", ApiKeyRole.ADMIN);
		IssuedApiKey other = this.keys.issue("another admin", ApiKeyRole.ADMIN);
		IssuedApiKey reader = this.keys.issue("a reader", ApiKeyRole.READER);
		onlyActiveAdminKeys(admin, other);

		assertThat(revoke(reader.id(), admin, "reader-1")).hasStatus(204);
		assertThat(revoke(other.id(), admin, "other-1")).hasStatus(204);
		assertThat(revoke(other.id(), admin, "other-2")).as("revoking a revoked key still changes nothing")
			.hasStatus(204);
		assertThat(revoke(admin.id(), admin, "admin-1")).hasStatus(409);
	}

	@Test
	void twoAdminsRevokingTheLastTwoKeysAtOnceDoNotBothSucceed() throws Exception {
		IssuedApiKey first = this.keys.issue("first of two", ApiKeyRole.ADMIN);
		IssuedApiKey second = this.keys.issue("second of two", ApiKeyRole.ADMIN);
		onlyActiveAdminKeys(first, second);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<Integer> one = pool.submit(revokeAfter(start, second.id(), first));
			Future<Integer> other = pool.submit(revokeAfter(start, first.id(), second));
			start.countDown();

			List<Integer> statuses = List.of(one.get(30, TimeUnit.SECONDS), other.get(30, TimeUnit.SECONDS));
			// One revocation wins. The other is refused as the last admin key's (409)
			// or, when its own key was revoked before it was authenticated, as a revoked
			// key's (401): which one depends only on the timing.
			assertThat(statuses).containsOnlyOnce(204);
			assertThat(statuses).filteredOn((status) -> status != 204).singleElement().isIn(409, 401);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.jdbc.queryForObject("select count(*) from api_key where id in (?, ?) and revoked_at is null",
				Integer.class, first.id(), second.id()))
			.isEqualTo(1);
	}

	private Callable<Integer> revokeAfter(CountDownLatch start, long id, IssuedApiKey as) {
		return () -> {
			start.await();
			return revoke(id, as, "race-" + id).getResponse().getStatus();
		};
	}

	private MvcTestResult revoke(long id, IssuedApiKey as, String requestId) {
		return this.mvc.delete()
			.uri("/api/v1/admin/api-keys/" + id)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + as.key())
			.header("X-Request-Id", requestId)
			.exchange();
	}

	/**
	 * Sets every other active admin key aside, so the given ones are the only active
	 * admin keys while the test runs.
	 */
	private void onlyActiveAdminKeys(IssuedApiKey... kept) {
		List<Long> keptIds = java.util.Arrays.stream(kept).map(IssuedApiKey::id).toList();
		this.setAside.addAll(this.jdbc.queryForList("""
				update api_key set revoked_at = now()
				where role = 'admin' and revoked_at is null and not (id = any (?))
				returning id""", Long.class, (Object) keptIds.toArray(Long[]::new)));
	}

}
