package dev.marquee.reliability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariPoolMXBean;
import dev.marquee.reliability.PrivateMarquee.Exchange;
import dev.marquee.reliability.WriteLoad.Write;
import dev.marquee.testdata.FilmDocumentBuilder;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What happens to requests when the database fails, on a PostgreSQL of the test's own
 * ({@link PrivatePostgres}) and a Marquee started against it ({@link PrivateMarquee}),
 * over real HTTP: the server killed under write load, hung, its pool exhausted, and the
 * application shut down under load. Asserts the promises (no acknowledged write lost,
 * only 201 or 503 problem+json, recovery without help) and reports the timings, latencies
 * against the configured bounds included, as figures (docs/reliability.md); speed is the
 * bench's to measure, not a test's to assert.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseFaultTests {

	private static final int WRITERS = 4;

	private PrivatePostgres postgres;

	private PrivateMarquee marquee;

	@BeforeAll
	void start() {
		this.postgres = PrivatePostgres.start();
		this.marquee = PrivateMarquee.start(this.postgres);
	}

	@AfterAll
	void stop() throws Exception {
		try {
			if (this.marquee != null) {
				this.marquee.close();
			}
		}
		finally {
			if (this.postgres != null) {
				this.postgres.close();
			}
		}
	}

	@Test
	@Order(1)
	void killedUnderWriteLoadLosesNoAcknowledgedWriteAnswers503AndRecoversByItself() throws Exception {
		List<String> films = createFilms(120_001, WRITERS);
		WriteLoad load = new WriteLoad(this.marquee, films);
		long killedAt;
		long restarting;
		long restartedAt;
		Duration readinessDown;
		Duration readinessUp;
		Duration recovery;
		Duration restart;
		try {
			load.awaitAcknowledged(40, Duration.ofSeconds(60));
			killedAt = System.nanoTime();
			this.postgres.kill();
			readinessDown = awaitReadiness(503, killedAt);
			sleepUntil(killedAt + TimeUnit.SECONDS.toNanos(3));
			restarting = System.nanoTime();
			this.postgres.restart();
			restartedAt = System.nanoTime();
			restart = Duration.ofNanos(restartedAt - restarting);
			Write first = load
				.await((write) -> write.exchange().status() == 201 && write.exchange().answeredAt() > restartedAt,
						Duration.ofSeconds(30))
				.orElseThrow(() -> new AssertionError(
						"No write acknowledged within 30 s of the database's return; " + "the last answers: "
								+ load.writes().subList(Math.max(0, load.writes().size() - 5), load.writes().size())));
			recovery = Duration.ofNanos(first.exchange().answeredAt() - restartedAt);
			readinessUp = awaitReadiness(200, restartedAt);
			load.awaitAcknowledged(load.acknowledged().size() + 40, Duration.ofSeconds(60));
		}
		finally {
			load.close();
		}

		List<Write> writes = load.writes();
		Set<String> acknowledged = load.acknowledged();
		Set<String> found = foundTrivia("load w%");
		Set<String> lost = new HashSet<>(acknowledged);
		lost.removeAll(found);
		Set<String> inDoubt = new HashSet<>(found);
		inDoubt.removeAll(acknowledged);
		List<Exchange> exchanges = WriteLoad.exchanges(writes);
		// Down for certain until the restart begins: the restarted server accepts
		// connections before restart() returns, and a write answered in between may
		// rightly succeed.
		List<Exchange> whileDown = exchanges.stream()
			.filter((exchange) -> exchange.sentAt() > killedAt + TimeUnit.MILLISECONDS.toNanos(500)
					&& exchange.answeredAt() < restarting)
			.toList();
		new Figures("killed-under-write-load").put("writers", WRITERS)
			.put("requests", exchanges.size())
			.put("acknowledged", acknowledged.size())
			.put("found", found.size())
			.put("lost", lost.size())
			.put("committedButNotAcknowledged", inDoubt.size())
			.put("answered503", exchanges.stream().filter((exchange) -> exchange.status() == 503).count())
			.put("requestsWhileDown", whileDown.size())
			.put("maxLatencyWhileDown", maxLatency(whileDown))
			.put("maxLatencyOverall", maxLatency(exchanges))
			.put("readinessDownAfterKill", readinessDown)
			.put("postgresRestartWithCrashRecovery", restart)
			.put("recoveryAfterDatabaseBack", recovery)
			.put("readinessUpAfterDatabaseBack", readinessUp)
			.report();

		assertThat(lost).as("acknowledged writes missing after the crash").isEmpty();
		assertOnlyCreatedOrUnavailable(exchanges, 201);
		assertThat(whileDown).isNotEmpty().allSatisfy((exchange) -> assertThat(exchange.status()).isEqualTo(503));
	}

	@Test
	@Order(2)
	void hungDatabaseAnswers503AndRecoversOnceThawed() throws Exception {
		String film = createFilms(120_101, 1).get(0);
		assertThat(this.marquee.get("/api/v1/films/" + film).status()).isEqualTo(200);
		List<Callable<Exchange>> requests = new ArrayList<>();
		for (int n = 0; n < 4; n++) {
			String text = "hung " + n;
			requests.add(() -> this.marquee.get("/api/v1/films/" + film));
			requests.add(() -> this.marquee.post("/api/v1/films/" + film + "/trivia",
					"{\"text\":\"" + text + "\",\"spoiler\":false,\"interestingVotes\":0,\"totalVotes\":0}"));
		}
		List<Exchange> exchanges;
		Exchange liveness;
		long thawedAt;
		this.postgres.freeze();
		try {
			exchanges = runTogether(requests);
			liveness = this.marquee.get("/actuator/health/liveness");
		}
		finally {
			this.postgres.thaw();
			thawedAt = System.nanoTime();
		}
		Exchange recovered = awaitWrite(film, "after thaw");

		new Figures("hung-database").put("requests", exchanges.size())
			.put("answered503", exchanges.stream().filter((exchange) -> exchange.status() == 503).count())
			.put("maxLatency", maxLatency(exchanges))
			.put("bound", PrivateMarquee.REQUEST_BOUND)
			.put("recoveryAfterThaw", Duration.ofNanos(recovered.answeredAt() - thawedAt))
			.report();

		assertThat(exchanges).allSatisfy((exchange) -> assertThat(exchange.isProblem("service-unavailable"))
			.as("%s %s", exchange.status(), exchange.body())
			.isTrue());
		assertThat(exchanges).allSatisfy((exchange) -> assertThat(exchange.status()).isEqualTo(503));
		assertThat(liveness.status()).as("liveness does not depend on the database").isEqualTo(200);
	}

	@Test
	@Order(3)
	void exhaustedPoolAnswers503AndDrainsAfterwards() throws Exception {
		String film = createFilms(120_201, 1).get(0);
		HikariPoolMXBean pool = this.marquee.dataSource().getHikariPoolMXBean();
		List<Connection> held = new ArrayList<>();
		List<Exchange> exchanges;
		try {
			for (int n = 0; n < PrivateMarquee.POOL_SIZE; n++) {
				held.add(this.marquee.dataSource().getConnection());
			}
			List<Callable<Exchange>> requests = new ArrayList<>();
			for (int n = 0; n < 8; n++) {
				requests.add(() -> this.marquee.get("/api/v1/films/" + film));
			}
			exchanges = runTogether(requests);
		}
		finally {
			for (Connection connection : held) {
				connection.close();
			}
		}
		long releasedAt = System.nanoTime();
		Exchange after = this.marquee.get("/api/v1/films/" + film);
		long drainedAt = awaitDrained(pool);

		new Figures("pool-exhausted").put("poolSize", PrivateMarquee.POOL_SIZE)
			.put("requests", exchanges.size())
			.put("answered503", exchanges.stream().filter((exchange) -> exchange.status() == 503).count())
			.put("maxLatency", maxLatency(exchanges))
			.put("connectionTimeout", PrivateMarquee.CONNECTION_TIMEOUT)
			.put("drainedAfterRelease", Duration.ofNanos(drainedAt - releasedAt))
			.report();

		assertThat(exchanges).allSatisfy((exchange) -> assertThat(exchange.isProblem("service-unavailable"))
			.as("%s %s", exchange.status(), exchange.body())
			.isTrue());
		assertThat(after.status()).isEqualTo(200);
	}

	/**
	 * Writes held up on a row lock are in flight when the application is told to stop;
	 * they finish, while a new client is refused.
	 */
	@Test
	@Order(4)
	void gracefulShutdownFinishesRequestsInFlightAndRefusesNewOnes() throws Exception {
		// Statements may wait long here: the requests in flight wait on a lock the test
		// holds.
		PrivateMarquee stopping = PrivateMarquee.start(this.postgres,
				Map.of("spring.datasource.hikari.data-source-properties.options", "-c statement_timeout=60000",
						"spring.datasource.hikari.data-source-properties.socketTimeout", 70));
		String film = createFilms(120_301, 1).get(0);
		ExecutorService clients = Executors.newFixedThreadPool(4);
		List<Future<Exchange>> inFlight = new ArrayList<>();
		Exchange refused;
		Duration shutdown;
		try (Connection lock = connect()) {
			lock.setAutoCommit(false);
			lock.createStatement().execute("select id from film where imdb_id = '" + film + "' for update");
			for (int n = 0; n < 4; n++) {
				String text = "in flight " + n;
				inFlight.add(clients.submit(() -> stopping.post("/api/v1/films/" + film + "/trivia",
						"{\"text\":\"" + text + "\",\"spoiler\":false,\"interestingVotes\":0,\"totalVotes\":0}")));
			}
			awaitLockWaiters(4, inFlight);
			long closing = System.nanoTime();
			CompletableFuture<Void> closed = CompletableFuture.runAsync(stopping::close);
			// Tomcat closes its listening socket as the shutdown begins: a new client is
			// refused
			refused = await().alias("a new client refused once the shutdown began")
				.atMost(Duration.ofSeconds(10))
				.pollInterval(Duration.ofMillis(50))
				.until(() -> stopping.getFromNewClient("/api/v1/films/" + film),
						(exchange) -> exchange.status() != 200);
			lock.commit();
			closed.get(60, TimeUnit.SECONDS);
			shutdown = Duration.ofNanos(System.nanoTime() - closing);
		}
		finally {
			clients.shutdown();
		}
		List<Exchange> finished = new ArrayList<>();
		for (Future<Exchange> request : inFlight) {
			finished.add(request.get(60, TimeUnit.SECONDS));
		}

		new Figures("graceful-shutdown").put("inFlight", finished.size())
			.put("inFlightFinished201", finished.stream().filter((exchange) -> exchange.status() == 201).count())
			.put("newRequest", (refused.status() == 0) ? "refused (" + refused.body() + ")" : refused.status())
			.put("shutdownTookWithLockHeld1s", shutdown)
			.report();

		assertThat(finished).allSatisfy((exchange) -> assertThat(exchange.status()).as(exchange.body()).isEqualTo(201));
		assertThat(foundTrivia("in flight %")).hasSize(4);
		assertThat(refused.status()).as(refused.body()).isIn(0, 503);
		if (refused.status() == 503) {
			assertThat(refused.isProblem("service-unavailable")).isTrue();
		}
	}

	private List<String> createFilms(int first, int count) {
		JsonMapper json = this.marquee.context().getBean(JsonMapper.class);
		List<String> ids = new ArrayList<>();
		for (int n = first; n < first + count; n++) {
			String imdbId = "tt%07d".formatted(9_000_000 + n);
			Exchange created = this.marquee.put("/api/v1/films/" + imdbId + "/document",
					json.writeValueAsString(FilmDocumentBuilder.film(imdbId, "Fault film " + n).build()));
			assertThat(created.status()).as(created.body()).isEqualTo(201);
			ids.add(imdbId);
		}
		return ids;
	}

	private Exchange awaitWrite(String film, String text) {
		return await().alias("a write acknowledged within 30 s")
			.atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> this.marquee.post("/api/v1/films/" + film + "/trivia",
					"{\"text\":\"" + text + "\",\"spoiler\":false,\"interestingVotes\":0,\"totalVotes\":0}"),
					(exchange) -> exchange.status() == 201);
	}

	/**
	 * Polls readiness until it answers this status; at most 30 s.
	 * @return how long after {@code since} it first did
	 */
	private Duration awaitReadiness(int status, long since) {
		Exchange readiness = await().alias("readiness answering " + status + " within 30 s")
			.atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> this.marquee.get("/actuator/health/readiness"), (answer) -> answer.status() == status);
		return Duration.ofNanos(readiness.answeredAt() - since);
	}

	private static long awaitDrained(HikariPoolMXBean pool) {
		await().alias("the pool drained: no active connection, nobody waiting")
			.atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> pool.getActiveConnections() == 0 && pool.getThreadsAwaitingConnection() == 0);
		return System.nanoTime();
	}

	private void awaitLockWaiters(int count, List<Future<Exchange>> requests) throws SQLException {
		try (Connection connection = connect()) {
			await().atMost(Duration.ofSeconds(30))
				.pollInterval(Duration.ofMillis(20))
				.alias(count + " requests waiting for the lock")
				.until(() -> {
					var result = connection.createStatement()
						.executeQuery("select count(*) from pg_stat_activity where wait_event_type = 'Lock'");
					result.next();
					return result.getInt(1) >= count;
				});
		}
		catch (ConditionTimeoutException ex) {
			throw new AssertionError(count + " requests did not reach the lock within 30 s: "
					+ requests.stream().filter(Future::isDone).map(DatabaseFaultTests::outcome).toList(), ex);
		}
	}

	private Set<String> foundTrivia(String pattern) throws SQLException {
		Set<String> texts = new HashSet<>();
		try (Connection connection = connect();
				var statement = connection.prepareStatement("select text from trivia where text like ?")) {
			statement.setString(1, pattern);
			var result = statement.executeQuery();
			while (result.next()) {
				texts.add(result.getString(1));
			}
		}
		return texts;
	}

	private Connection connect() throws SQLException {
		return DriverManager.getConnection(this.postgres.jdbcUrl(), "postgres", "postgres");
	}

	private static List<Exchange> runTogether(List<Callable<Exchange>> requests) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(requests.size());
		try {
			List<Exchange> exchanges = new ArrayList<>();
			for (Future<Exchange> future : threads.invokeAll(requests, 2, TimeUnit.MINUTES)) {
				exchanges.add(future.get());
			}
			return exchanges;
		}
		finally {
			threads.shutdownNow();
		}
	}

	private static void assertOnlyCreatedOrUnavailable(List<Exchange> exchanges, int success) {
		assertThat(exchanges).allSatisfy((exchange) -> {
			if (exchange.status() != success) {
				assertThat(exchange.isProblem("service-unavailable")).as("%s %s", exchange.status(), exchange.body())
					.isTrue();
				assertThat(exchange.body()).doesNotContain("Exception").doesNotContain("at dev.marquee");
			}
		});
	}

	private static String outcome(Future<Exchange> request) {
		try {
			return String.valueOf(request.get());
		}
		catch (Exception ex) {
			return ex.toString();
		}
	}

	private static Duration maxLatency(List<Exchange> exchanges) {
		return exchanges.stream().map(Exchange::latency).max(Duration::compareTo).orElse(Duration.ZERO);
	}

	private static void sleepUntil(long nanoTime) throws InterruptedException {
		long remaining = nanoTime - System.nanoTime();
		if (remaining > 0) {
			TimeUnit.NANOSECONDS.sleep(remaining);
		}
	}

}
