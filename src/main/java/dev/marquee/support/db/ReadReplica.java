package dev.marquee.support.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import com.zaxxer.hikari.SQLExceptionOverride;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.datasource.AbstractDataSource;

/**
 * The read replica beside the primary: the pools of both, whether reads may use the
 * replica now, and how far it lags. A check every {@code check-interval} reads the
 * primary's WAL position and the position the replica has replayed; the replica lags by
 * at least the age of the oldest primary position it has not replayed yet (0 when it has
 * replayed all of them). While it is unreachable, no longer a standby (promoted), or lags
 * more than {@code max-lag}, read-only work goes to the primary; once a check finds it
 * healthy again, reads go back to it.
 */
public final class ReadReplica implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(ReadReplica.class);

	/**
	 * Where read-only work goes.
	 */
	public enum State {

		/** Not checked yet: reads go to the primary. */
		STARTING,
		/** Healthy and close enough: reads go to the replica. */
		REPLICA,
		/** Reachable, but behind by more than {@code max-lag}. */
		LAGGING,
		/** Unreachable, or not a standby any more. */
		DOWN

	}

	private static final int MAX_SAMPLES = 10_000;

	/**
	 * Set on the thread whose replica connection broke ({@link ReplicaReadRetry} reads it
	 * again on the primary).
	 */
	static final ThreadLocal<Boolean> BROKEN_HERE = new ThreadLocal<>();

	private final HikariDataSource primary;

	private final HikariDataSource replica;

	private final Duration maxLag;

	private final Clock clock;

	private final Deque<Sample> unreplayed = new ArrayDeque<>();

	private final DataSource reads = new Reads();

	private final @Nullable ScheduledExecutorService checker;

	private volatile State state = State.STARTING;

	private volatile double lagSeconds = Double.NaN;

	ReadReplica(HikariDataSource primary, HikariDataSource replica, ReadReplicaProperties properties, Clock clock,
			boolean checkPeriodically) {
		this.primary = primary;
		this.replica = replica;
		this.maxLag = properties.maxLag();
		this.clock = clock;
		// A replica that stops under a read breaks every pooled connection at once: the
		// first break sends reads to the primary and retires the others; the reads
		// already
		// running there run again on the primary (ReplicaReadRetry).
		replica.setExceptionOverride(new SQLExceptionOverride() {
			@java.lang.Override
			public SQLExceptionOverride.Override adjudicate(SQLException ex) {
				if (broken(ex)) {
					BROKEN_HERE.set(true);
					failed(ex);
					HikariPoolMXBean pool = replica.getHikariPoolMXBean();
					if (pool != null) {
						pool.softEvictConnections();
					}
				}
				return SQLExceptionOverride.Override.CONTINUE_EVICT;
			}
		});
		if (checkPeriodically) {
			this.checker = Executors.newSingleThreadScheduledExecutor((task) -> {
				Thread thread = new Thread(task, "read-replica-check");
				thread.setDaemon(true);
				return thread;
			});
			this.checker.scheduleWithFixedDelay(this::check, 0, properties.checkInterval().toMillis(),
					TimeUnit.MILLISECONDS);
		}
		else {
			this.checker = null;
		}
	}

	public State state() {
		return this.state;
	}

	/**
	 * The replica's lag in seconds at the last check; NaN while it cannot be measured.
	 */
	public double lagSeconds() {
		return this.lagSeconds;
	}

	/**
	 * Whether reads are served by the replica now.
	 */
	public double servingReads() {
		return (this.state == State.REPLICA) ? 1 : 0;
	}

	DataSource primary() {
		return this.primary;
	}

	/**
	 * The data source of read-only work: the replica while it is usable and the request
	 * need not read its own writes ({@link ReadYourWrites}), else the primary.
	 */
	DataSource reads() {
		return this.reads;
	}

	/**
	 * Measures the replica once and decides where reads go.
	 */
	void check() {
		try {
			long primaryPosition = position(this.primary, "select pg_current_wal_lsn()::text");
			Instant now = this.clock.instant();
			long replayed;
			try (Connection connection = this.replica.getConnection();
					Statement statement = connection.createStatement();
					ResultSet result = statement
						.executeQuery("select pg_is_in_recovery(), pg_last_wal_replay_lsn()::text")) {
				result.next();
				String replayedText = result.getString(2);
				if (!result.getBoolean(1) || replayedText == null) {
					change(State.DOWN, Double.NaN, "it is not a standby (promoted?)");
					synchronized (this.unreplayed) {
						this.unreplayed.clear();
					}
					return;
				}
				replayed = lsn(replayedText);
			}
			double lag = lag(now, primaryPosition, replayed);
			if (lag > this.maxLag.toMillis() / 1000.0) {
				change(State.LAGGING, lag, "it lags " + lag + " s, more than " + this.maxLag.toSeconds() + " s");
			}
			else {
				change(State.REPLICA, lag, "it is healthy");
			}
		}
		catch (SQLException | RuntimeException ex) {
			change(State.DOWN, Double.NaN, "it cannot be reached: " + ex.getMessage());
		}
	}

	/**
	 * The age of the oldest primary position, among those sampled, that the replica has
	 * not replayed.
	 */
	double lag(Instant now, long primaryPosition, long replayed) {
		synchronized (this.unreplayed) {
			Sample last = this.unreplayed.peekLast();
			// one sample per check at most, dropped once replayed; past the bound (hours
			// behind) only the oldest, the one that counts, matter
			if ((last == null || last.position() < primaryPosition) && this.unreplayed.size() < MAX_SAMPLES) {
				this.unreplayed.addLast(new Sample(now, primaryPosition));
			}
			while (!this.unreplayed.isEmpty() && this.unreplayed.peekFirst().position() <= replayed) {
				this.unreplayed.removeFirst();
			}
			Sample oldest = this.unreplayed.peekFirst();
			return (oldest == null) ? 0 : Duration.between(oldest.at(), now).toMillis() / 1000.0;
		}
	}

	/**
	 * Whether the connection broke: it was lost, or the server is shutting down or
	 * starting.
	 */
	static boolean broken(SQLException ex) {
		String state = ex.getSQLState();
		return state != null && (state.startsWith("08") || state.startsWith("57P"));
	}

	/**
	 * A read could not get a replica connection: reads go to the primary until the next
	 * check finds the replica healthy.
	 */
	void failed(SQLException ex) {
		change(State.DOWN, Double.NaN, "a read failed: " + ex.getMessage());
	}

	void change(State next, double lag, String why) {
		this.lagSeconds = lag;
		State previous = this.state;
		this.state = next;
		if (previous != next) {
			if (next == State.REPLICA) {
				logger.info("Reads go to the read replica: {}", why);
			}
			else {
				logger.warn("Reads go to the primary: the read replica is {}, {}", next, why);
			}
		}
	}

	private static long position(DataSource dataSource, String sql) throws SQLException {
		try (Connection connection = dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return lsn(result.getString(1));
		}
	}

	/**
	 * A PostgreSQL WAL position ({@code pg_lsn}, two hexadecimal halves) as a number.
	 */
	static long lsn(String text) {
		int slash = text.indexOf('/');
		return (Long.parseLong(text.substring(0, slash), 16) << 32) | Long.parseLong(text.substring(slash + 1), 16);
	}

	@Override
	public void close() {
		if (this.checker != null) {
			this.checker.shutdownNow();
		}
		this.replica.close();
		this.primary.close();
	}

	private record Sample(Instant at, long position) {
	}

	private final class Reads extends AbstractDataSource {

		@Override
		public Connection getConnection() throws SQLException {
			if (ReadReplica.this.state == State.REPLICA && !ReadYourWrites.primaryRequired()) {
				try {
					return ReadReplica.this.replica.getConnection();
				}
				catch (SQLException ex) {
					failed(ex);
				}
			}
			return ReadReplica.this.primary.getConnection();
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			throw new UnsupportedOperationException("read connections use the configured users");
		}

	}

}
