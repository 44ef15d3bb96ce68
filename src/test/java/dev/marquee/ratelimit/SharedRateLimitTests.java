package dev.marquee.ratelimit;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import io.github.bucket4j.Bucket;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rate limit test again with the buckets in PostgreSQL
 * ({@code marquee.rate-limit.store=database}), and two instances' stores counting against
 * one bucket. The table is emptied first: no other test keeps buckets there.
 */
@TestPropertySource(properties = "marquee.rate-limit.store=database")
class SharedRateLimitTests extends RateLimitTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	Buckets buckets;

	@BeforeEach
	void emptyBuckets() {
		new JdbcTemplate(this.dataSource).update("delete from rate_limit_bucket");
	}

	@Test
	void theBucketsAreInTheDatabase() {
		assertThat(this.buckets).isInstanceOf(Buckets.InDatabase.class);
	}

	@Test
	void twoInstancesCountAgainstOneBucket() {
		try (Buckets first = new Buckets.InDatabase(this.dataSource, Duration.ofSeconds(60), 0.05,
				Duration.ofSeconds(1));
				Buckets second = new Buckets.InDatabase(this.dataSource, Duration.ofSeconds(60), 0.05,
						Duration.ofSeconds(1))) {
			int consumed = 0;
			for (int i = 0; i < 10; i++) {
				Bucket bucket = ((i % 2 == 0) ? first : second).bucket("ip:192.0.2.1", 6);
				consumed += bucket.tryConsume(1) ? 1 : 0;
			}
			assertThat(consumed).isEqualTo(6);
			assertThat(second.existing("ip:192.0.2.1", 6)).isPresent();
			assertThat(second.existing("ip:192.0.2.2", 6)).isEmpty();
		}
	}

	/**
	 * A limit of 1,000 with 5 % counted locally: each instance writes to the shared
	 * bucket once per 50 requests it lets through (the sync interval is long enough not
	 * to add any), and refuses locally once it has learnt the bucket is empty. Two
	 * instances taking turns let through the limit and at most 2 × 50 more.
	 */
	@Test
	void instancesCountLocallyAndWriteToTheSharedBucketInBatches() {
		CountingDataSource counting = new CountingDataSource(this.dataSource);
		try (Buckets first = new Buckets.InDatabase(counting, Duration.ofSeconds(60), 0.05, Duration.ofMinutes(5));
				Buckets second = new Buckets.InDatabase(counting, Duration.ofSeconds(60), 0.05,
						Duration.ofMinutes(5))) {
			int consumed = 0;
			for (int i = 0; i < 2000; i++) {
				Bucket bucket = ((i % 2 == 0) ? first : second).bucket("ip:192.0.2.3", 1000);
				consumed += bucket.tryConsume(1) ? 1 : 0;
			}
			assertThat(consumed).isBetween(1000, 1100);
			assertThat(counting.connections.get()).isLessThan(100);
			Long stored = new JdbcTemplate(this.dataSource)
				.queryForObject("select count(*) from rate_limit_bucket where id = 'ip:192.0.2.3'", Long.class);
			assertThat(stored).isEqualTo(1);
		}
	}

	/**
	 * A client's first requests arriving at once, on an instance that batches them into
	 * one write (Bucket4j's delaying optimization): each is counted, none fails because
	 * the shared bucket does not exist yet. Likewise when the row went (the cleaner
	 * removes the rows of buckets that would be full) while the instance still holds the
	 * client's proxy.
	 */
	@Test
	void requestsAtOnceAreCountedWhenTheSharedBucketIsNewOrGone() throws Exception {
		try (Buckets store = new Buckets.InDatabase(this.dataSource, Duration.ofSeconds(60), 0.05,
				Duration.ofSeconds(1))) {
			for (int client = 0; client < 5; client++) {
				assertThat(atOnce(store, "ip:192.0.2.1" + client, 16)).as("new bucket " + client).isEqualTo(16);
			}
			for (int client = 0; client < 5; client++) {
				new JdbcTemplate(this.dataSource).update("delete from rate_limit_bucket where id = ?",
						"ip:192.0.2.1" + client);
				assertThat(atOnce(store, "ip:192.0.2.1" + client, 16)).as("removed bucket " + client).isEqualTo(16);
			}
		}
	}

	/**
	 * How many of {@code requests} requests sent at once from threads of their own were
	 * let through; a request that fails fails the test.
	 */
	private static int atOnce(Buckets store, String key, int requests) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(requests);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Boolean>> answers = new ArrayList<>();
			for (int i = 0; i < requests; i++) {
				answers.add(threads.submit(() -> {
					start.await();
					return store.tryConsume(key, 100).isConsumed();
				}));
			}
			start.countDown();
			int consumed = 0;
			for (Future<Boolean> answer : answers) {
				consumed += answer.get(30, TimeUnit.SECONDS) ? 1 : 0;
			}
			return consumed;
		}
		finally {
			threads.shutdownNow();
		}
	}

	static final class CountingDataSource extends DelegatingDataSource {

		final AtomicInteger connections = new AtomicInteger();

		CountingDataSource(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			this.connections.incrementAndGet();
			return super.getConnection();
		}

	}

}
