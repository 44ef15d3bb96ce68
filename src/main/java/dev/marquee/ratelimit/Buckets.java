package dev.marquee.ratelimit;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.RemoteBucketBuilder;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.BucketNotFoundException;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the token buckets live: in this process (the default: no cost, but with N
 * instances each counts on its own, so a client gets N times its limit) or in PostgreSQL
 * ({@code marquee.rate-limit.store=database}: Bucket4j's PostgreSQL backend on the
 * primary, one row per client, so every instance counts against the same bucket; each
 * instance writes its count there in batches, see {@link InDatabase}).
 */
interface Buckets extends AutoCloseable {

	/**
	 * The client's bucket, full with {@code limit} tokens per window when new.
	 */
	Bucket bucket(String key, long limit);

	/**
	 * The client's bucket if it has one, without making one.
	 */
	Optional<Bucket> existing(String key, long limit);

	/**
	 * Takes one token from the client's bucket ({@link #bucket}), if it has one left.
	 */
	default ConsumptionProbe tryConsume(String key, long limit) {
		return bucket(key, limit).tryConsumeAndReturnRemaining(1);
	}

	@Override
	default void close() {
	}

	/**
	 * {@code limit} tokens, all refilled at the end of each window.
	 */
	static Bandwidth bandwidth(long limit, Duration window) {
		return Bandwidth.builder().capacity(limit).refillIntervally(limit, window).build();
	}

	/**
	 * Buckets in a bounded cache, forgotten after two quiet windows.
	 */
	final class InMemory implements Buckets {

		private final Cache<String, Bucket> buckets;

		private final Duration window;

		InMemory(Duration window) {
			this.window = window;
			this.buckets = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(window.multipliedBy(2)).build();
		}

		@Override
		public Bucket bucket(String key, long limit) {
			return this.buckets.get(key, (k) -> Bucket.builder().addLimit(bandwidth(limit, this.window)).build());
		}

		@Override
		public Optional<Bucket> existing(String key, long limit) {
			return Optional.ofNullable(this.buckets.getIfPresent(key));
		}

	}

	/**
	 * Buckets in the {@code rate_limit_bucket} table; rows of buckets that would be full
	 * again are removed every window.
	 * <p>
	 * Each instance keeps one proxy per client with Bucket4j's delaying optimization: it
	 * answers from its own copy of the bucket and writes what it counted to the row (a
	 * {@code SELECT ... FOR UPDATE} and an {@code UPDATE}, which also bring back what the
	 * other instances counted) once it has let through {@code localShare} of the limit,
	 * or when more than {@code syncInterval} has passed since it last did. Refusals of an
	 * exhausted bucket are answered locally too. So an instance lets a client through at
	 * most {@code localShare × limit} requests that the shared bucket has not seen yet: N
	 * instances, at most N × that share over the limit in a window, paid back in the next
	 * window (the row goes below zero). A limit smaller than {@code 1 /
	 * localShare} is counted exactly, a round trip per request.
	 */
	final class InDatabase implements Buckets {

		private static final Logger logger = LoggerFactory.getLogger(InDatabase.class);

		private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

		private final Duration window;

		private final double localShare;

		private final Duration syncInterval;

		/**
		 * The proxies, one per client: the delaying optimization's state lives in them,
		 * so a request must find the proxy the previous one used.
		 */
		private final Cache<String, Bucket> proxies;

		private final ScheduledExecutorService cleaner;

		InDatabase(DataSource dataSource, Duration window, double localShare, Duration syncInterval) {
			this.window = window;
			this.localShare = localShare;
			this.syncInterval = syncInterval;
			this.proxies = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(window.multipliedBy(2)).build();
			this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
				.primaryKeyMapper(PrimaryKeyMapper.STRING)
				.table("rate_limit_bucket")
				.idColumn("id")
				.stateColumn("state")
				.expiresAtColumn("expires_at")
				.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(window))
				.build();
			this.cleaner = Executors.newSingleThreadScheduledExecutor((task) -> {
				Thread thread = new Thread(task, "rate-limit-cleaner");
				thread.setDaemon(true);
				return thread;
			});
			long period = window.toMillis();
			this.cleaner.scheduleWithFixedDelay(this::removeExpired, period, period, TimeUnit.MILLISECONDS);
		}

		/**
		 * The client's proxy. Its row is made first, through a proxy without the
		 * optimization: the optimized one sends requests that arrive together as one
		 * batch, and Bucket4j fails the whole batch when the row does not exist yet,
		 * rather than make it as it does for a single request.
		 */
		@Override
		public Bucket bucket(String key, long limit) {
			return this.proxies.get(key, (k) -> {
				BucketConfiguration configuration = BucketConfiguration.builder()
					.addLimit(bandwidth(limit, this.window))
					.build();
				this.buckets.builder().build(k, () -> configuration).getAvailableTokens();
				RemoteBucketBuilder<String> builder = this.buckets.builder();
				long unsynchronized = (long) (limit * this.localShare);
				if (unsynchronized > 0) {
					builder = builder.withOptimization(
							Optimizations.delaying(new DelayParameters(unsynchronized, this.syncInterval)));
				}
				return builder.build(k, () -> configuration);
			});
		}

		/**
		 * Takes a token; when the client's row went while this instance held its proxy
		 * (the cleaner removes the rows of buckets that would be full again), the proxy
		 * is dropped and a new one makes the row again.
		 */
		@Override
		public ConsumptionProbe tryConsume(String key, long limit) {
			try {
				return bucket(key, limit).tryConsumeAndReturnRemaining(1);
			}
			catch (RuntimeException ex) {
				if (!notFound(ex)) {
					throw ex;
				}
				this.proxies.invalidate(key);
				return bucket(key, limit).tryConsumeAndReturnRemaining(1);
			}
		}

		private static boolean notFound(Throwable ex) {
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				if (cause instanceof BucketNotFoundException) {
					return true;
				}
			}
			return false;
		}

		@Override
		public Optional<Bucket> existing(String key, long limit) {
			Bucket known = this.proxies.getIfPresent(key);
			if (known != null) {
				return Optional.of(known);
			}
			return this.buckets.getProxyConfiguration(key).map((found) -> bucket(key, limit));
		}

		private void removeExpired() {
			try {
				int removed;
				do {
					removed = this.buckets.removeExpired(1000);
				}
				while (removed == 1000);
			}
			catch (RuntimeException ex) {
				logger.warn("Could not remove expired rate limit buckets: {}", ex.getMessage());
			}
		}

		@Override
		public void close() {
			this.cleaner.shutdownNow();
		}

	}

}
