package dev.marquee.ratelimit;

import java.time.Duration;

import javax.sql.DataSource;

import io.github.bucket4j.Bucket;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
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
		try (Buckets first = new Buckets.InDatabase(this.dataSource, Duration.ofSeconds(60));
				Buckets second = new Buckets.InDatabase(this.dataSource, Duration.ofSeconds(60))) {
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

}
