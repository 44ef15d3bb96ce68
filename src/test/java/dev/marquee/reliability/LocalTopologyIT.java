package dev.marquee.reliability;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The local topology of deploy/local (PostgreSQL primary and streaming replica, two
 * instances of the packaged jar, nginx in front) started by its own script, then broken
 * one piece at a time under read load: what a client sees through nginx is counted. Runs
 * in {@code ./mvnw verify} after the jar is packaged; skipped, saying so, where Debian's
 * postgresql and nginx packages are not installed (.ci/run installs them). No timing is
 * asserted: only outcomes.
 */
@Tag("topology")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalTopologyIT {

	private static final Path SCRIPTS = Path.of("deploy/local");

	private static final JsonMapper json = JsonMapper.builder().build();

	/**
	 * What start.sh and restart.sh pass to the instances besides the topology: a small
	 * anonymous allowance, so the shared limit shows within a test; a reader allowance
	 * the read load cannot use up; a short max-age, so an answer in nginx's cache expires
	 * within a test; a longer wait for instances to start on a loaded machine.
	 */
	private static final int ANONYMOUS_LIMIT = 200;

	private static final int MAX_AGE_SECONDS = 5;

	/**
	 * The longest one instance may take to be ready: start.sh and restart.sh give up on
	 * it after this, and the test waits for them for as long as they may wait.
	 */
	private static final Duration INSTANCE_START = Duration.ofSeconds(420);

	private static final Map<String, String> SETTINGS = Map.of("MARQUEE_RATE_LIMIT_ANONYMOUS",
			String.valueOf(ANONYMOUS_LIMIT), "MARQUEE_RATE_LIMIT_READER", "100000000", "MARQUEE_HTTP_CACHE_MAX_AGE",
			MAX_AGE_SECONDS + "s", "MARQUEE_LOCAL_WAIT", String.valueOf(INSTANCE_START.toSeconds()));

	private static final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private static Path dir;

	private static int base;

	private static String adminKey;

	@BeforeAll
	static void start() throws Exception {
		Assumptions.assumeTrue(installed(),
				"Skipped: Debian's postgresql (pg_basebackup in /usr/lib/postgresql/*/bin) and nginx are not "
						+ "installed here; .ci/run installs them (apt-get install postgresql nginx)");
		Path jar = jar();
		Assumptions.assumeTrue(jar != null, "Skipped: no packaged jar in target/; run ./mvnw verify");
		dir = Files.createTempDirectory("marquee-topology");
		base = freePorts();
		Map<String, String> environment = new java.util.HashMap<>(SETTINGS);
		environment.put("MARQUEE_JAR", jar.toAbsolutePath().toString());
		run(SCRIPTS.resolve("start.sh"), INSTANCE_START.multipliedBy(2).plusMinutes(2), environment);
		adminKey = Files.readString(dir.resolve("admin-key")).strip();
	}

	@AfterAll
	static void stop() throws Exception {
		if (dir == null) {
			return;
		}
		try {
			run(SCRIPTS.resolve("stop.sh"), Duration.ofMinutes(2), Map.of());
		}
		finally {
			Path pg = Path.of(Files.readString(dir.resolve("pg-dir")).strip());
			FileSystemUtils.deleteRecursively(pg);
			FileSystemUtils.deleteRecursively(dir);
		}
	}

	@Test
	@Order(1)
	void twoInstancesStartingAtOnceMigrateOnceRegisterTheAdminKeyOnceAndLoadTheDemoFilmOnce() throws Exception {
		for (int port : List.of(app(1), app(2))) {
			assertThat(get(port, "/actuator/health/readiness", null).statusCode()).isEqualTo(200);
		}
		JsonNode keys = json.readTree(get(app(1), "/api/v1/admin/api-keys", adminKey).body());
		JsonNode keyItems = keys.isArray() ? keys : keys.get("items");
		assertThat(keyItems.size()).isEqualTo(1);
		JsonNode films = json.readTree(get(app(2), "/api/v1/films", adminKey).body());
		assertThat(films.get("items").size()).isEqualTo(1);
		assertThat(films.get("items").get(0).get("imdbId").asString()).isEqualTo("tt3783958");
	}

	@Test
	@Order(2)
	void aWriteThroughOneInstanceIsReadBackThroughTheOtherAtOnce() throws Exception {
		for (int i = 0; i < 5; i++) {
			String imdbId = "tt9" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
			HttpResponse<String> created = send(HttpRequest.newBuilder(uri(app(1), "/api/v1/films"))
				.header("Authorization", "Bearer " + adminKey)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers
					.ofString("{\"imdbId\":\"" + imdbId + "\",\"title\":\"Replica " + i + "\",\"type\":\"movie\"}"))
				.build());
			assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
			HttpResponse<String> read = get(app(2), "/api/v1/films/" + imdbId, adminKey);
			assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
			assertThat(json.readTree(read.body()).get("title").asString()).isEqualTo("Replica " + i);
		}
	}

	/**
	 * Anonymous requests from one address through nginx, which sends them to the two
	 * instances in turn; each instance counts locally and writes its count to the shared
	 * bucket in PostgreSQL every 5 % of the limit, so the address gets its limit and at
	 * most 10 % more. The address comes in {@code X-Forwarded-For} (nginx is a trusted
	 * proxy), so no other test's requests count against it; the film does not exist, so
	 * every answer (404, then 429) is {@code no-store} and reaches an instance.
	 */
	@Test
	@Order(3)
	void theRateLimitHoldsAcrossBothInstancesWithinTenPercent() throws Exception {
		int allowed = 0;
		int refused = 0;
		for (int i = 0; i < ANONYMOUS_LIMIT * 3 / 2; i++) {
			HttpResponse<String> response = send(HttpRequest.newBuilder(uri(nginx(), "/api/v1/films/tt0000001"))
				.header("X-Forwarded-For", "203.0.113.7")
				.header("X-Request-Id", "shared-limit-" + i)
				.timeout(Duration.ofSeconds(30))
				.GET()
				.build());
			if (response.statusCode() == 429) {
				refused++;
			}
			else {
				assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
				allowed++;
			}
		}
		long first = requestsLogged("app1.log", "[shared-limit-");
		long second = requestsLogged("app2.log", "[shared-limit-");
		System.out.printf("Shared rate limit of %d through nginx: %d allowed, %d refused; instance 1 answered %d, "
				+ "instance 2 %d%n", ANONYMOUS_LIMIT, allowed, refused, first, second);
		assertThat(first).isPositive();
		assertThat(second).isPositive();
		assertThat(allowed).isBetween(ANONYMOUS_LIMIT, ANONYMOUS_LIMIT + ANONYMOUS_LIMIT / 10);
	}

	/**
	 * nginx keeps an anonymous title page for its max-age and then revalidates it; a
	 * write through an instance shows through the cache once the kept answer expires:
	 * within the max-age, plus the replica's lag bound, plus a generous margin for a
	 * loaded machine.
	 */
	@Test
	@Order(4)
	void aWriteShowsThroughTheCacheWithinTheMaxAge() throws Exception {
		String imdbId = "tt8" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
		HttpResponse<String> created = send(HttpRequest.newBuilder(uri(app(1), "/api/v1/films"))
			.header("Authorization", "Bearer " + adminKey)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString("{\"imdbId\":\"" + imdbId + "\",\"title\":\"Before\",\"type\":\"movie\"}"))
			.build());
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String page = "/api/v1/films/" + imdbId + "?include=all";
		// anonymous reads go to the replica: wait until it has the film
		await().atMost(Duration.ofSeconds(30)).until(() -> get(nginx(), page, null).statusCode() == 200);
		HttpResponse<String> cached = get(nginx(), page, null);
		assertThat(cached.headers().firstValue("Cache-Control")).hasValue("public, max-age=" + MAX_AGE_SECONDS);
		assertThat(cached.headers().firstValue("ETag")).isPresent();
		assertThat(json.readTree(cached.body()).get("title").asString()).isEqualTo("Before");

		String etag = get(app(2), "/api/v1/films/" + imdbId, adminKey).headers().firstValue("ETag").orElseThrow();
		HttpResponse<String> patched = send(HttpRequest.newBuilder(uri(app(2), "/api/v1/films/" + imdbId))
			.header("Authorization", "Bearer " + adminKey)
			.header("Content-Type", "application/merge-patch+json")
			.header("If-Match", etag)
			.method("PATCH", HttpRequest.BodyPublishers.ofString("{\"title\":\"After\"}"))
			.build());
		assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
		long written = System.nanoTime();
		List<String> seen = new ArrayList<>();
		await().atMost(Duration.ofSeconds(MAX_AGE_SECONDS + 5 + 20)).pollInterval(Duration.ofMillis(250)).until(() -> {
			HttpResponse<String> read = get(nginx(), page, null);
			String title = json.readTree(read.body()).get("title").asString();
			seen.add(title + " " + read.headers().firstValue("X-Cache-Status").orElse("-"));
			return "After".equals(title);
		});
		System.out.printf(
				"A write through the nginx cache (max-age %d s): visible after %d ms; reads after the write: " + "%s%n",
				MAX_AGE_SECONDS, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - written),
				seen.size() > 12 ? seen.subList(seen.size() - 12, seen.size()) : seen);
	}

	/**
	 * Every instance taken out of nginx's rotation, stopped gracefully, started again and
	 * put back, one at a time (deploy/local/restart.sh), under read load through nginx.
	 */
	@Test
	@Order(5)
	void aRollingRestartOfEveryInstanceUnderReadLoadNoRequestFails() throws Exception {
		noReadFailsWhile("Rolling restart of both instances", () -> {
			run(SCRIPTS.resolve("restart.sh"), INSTANCE_START.multipliedBy(2).plusMinutes(1), SETTINGS);
			TimeUnit.SECONDS.sleep(2);
		});
		for (int port : List.of(app(1), app(2))) {
			HttpResponse<String> readiness = get(port, "/actuator/health/readiness", null);
			assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(200);
		}
		// both back in rotation
		assertThat(Files.readString(dir.resolve("nginx/upstream.conf"))).doesNotContain("down");
	}

	@Test
	@Order(6)
	void theReplicaKilledUnderReadLoadReadsGoOnOnThePrimary() throws Exception {
		await().atMost(Duration.ofSeconds(60))
			.until(() -> servingReadsFromReplica(app(1)) && servingReadsFromReplica(app(2)));
		String readerKey = readerKey();
		try (Load load = new Load(readerKey)) {
			TimeUnit.SECONDS.sleep(2);
			pgCtl("replica", "immediate", "stop");
			await().atMost(Duration.ofSeconds(30))
				.until(() -> readiness(app(1)).contains("DEGRADED") && readiness(app(2)).contains("DEGRADED"));
			// past nginx's fail_timeout (2 s), in case both instances were marked down
			// meanwhile
			TimeUnit.SECONDS.sleep(3);
			Load.Counts transition = load.counts();
			String transitionFailures = load.failures();
			load.reset();
			TimeUnit.SECONDS.sleep(3);
			Load.Counts after = load.counts();
			System.out.printf(
					"Replica killed under read load: %d reads, %d failed while the instances noticed%s; "
							+ "then %d reads on the primary, %d failed%n",
					transition.ok() + transition.failed(), transition.failed(),
					transitionFailures.isEmpty() ? "" : " (" + transitionFailures + ")", after.ok() + after.failed(),
					after.failed());
			// a read that breaks on the replica runs again on the primary: no read
			// fails while the instances notice, nor after
			assertThat(transition.failed()).as(transitionFailures).isZero();
			assertThat(after.ok()).isPositive();
			assertThat(after.failed()).as(load.failures()).isZero();
		}
		assertThat(servingReadsFromReplica(app(1))).isFalse();
	}

	@Test
	@Order(7)
	void oneOfTwoInstancesKilledUnderReadLoadNoRequestFails() throws Exception {
		noReadFailsWhile("Instance killed (kill -9)", () -> {
			long pid = Long.parseLong(Files.readString(dir.resolve("app1.pid")).strip());
			ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
			TimeUnit.SECONDS.sleep(5);
		});
	}

	/**
	 * Breaks something under read load through nginx (after 2 s of it), then holds that
	 * no read failed.
	 */
	private static void noReadFailsWhile(String fault, Fault breaking) throws Exception {
		try (Load load = new Load(readerKey())) {
			TimeUnit.SECONDS.sleep(2);
			breaking.run();
			Load.Counts counts = load.counts();
			System.out.printf("%s under read load: %d reads through nginx, %d failed%n", fault,
					counts.ok() + counts.failed(), counts.failed());
			assertThat(counts.ok()).isPositive();
			assertThat(counts.failed()).as(load.failures()).isZero();
		}
	}

	interface Fault {

		void run() throws Exception;

	}

	/**
	 * Reads through nginx from four threads until closed, with a reader key, so nginx
	 * neither answers from its cache nor keeps the answers: every read reaches an
	 * instance.
	 */
	static final class Load implements AutoCloseable {

		record Counts(int ok, int failed) {
		}

		private final AtomicBoolean running = new AtomicBoolean(true);

		private final AtomicInteger ok = new AtomicInteger();

		private final AtomicInteger failed = new AtomicInteger();

		private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();

		private final List<Thread> threads = new ArrayList<>();

		Load(String key) {
			for (int i = 0; i < 4; i++) {
				Thread thread = new Thread(() -> {
					// bounded: stops when closed, and in any case after ten minutes
					long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
					while (this.running.get() && System.nanoTime() < end) {
						try {
							HttpResponse<String> response = get(nginx(), "/api/v1/films/tt3783958?include=all", key);
							if (response.statusCode() == 200) {
								this.ok.incrementAndGet();
							}
							else {
								fail(response.statusCode() + " " + response.body());
							}
						}
						catch (IOException ex) {
							fail(ex.toString());
						}
						catch (InterruptedException ex) {
							return;
						}
					}
				}, "topology-load-" + i);
				thread.start();
				this.threads.add(thread);
			}
		}

		private void fail(String what) {
			this.failed.incrementAndGet();
			if (this.failures.size() < 5) {
				this.failures.add(what);
			}
		}

		Counts counts() {
			return new Counts(this.ok.get(), this.failed.get());
		}

		void reset() {
			this.ok.set(0);
			this.failed.set(0);
			this.failures.clear();
		}

		String failures() {
			return String.join("\n", this.failures);
		}

		@Override
		public void close() throws InterruptedException {
			this.running.set(false);
			for (Thread thread : this.threads) {
				thread.join(TimeUnit.SECONDS.toMillis(30));
			}
		}

	}

	private static String readerKey() throws Exception {
		HttpResponse<String> created = send(HttpRequest.newBuilder(uri(nginx(), "/api/v1/admin/api-keys"))
			.header("Authorization", "Bearer " + adminKey)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"topology load\",\"role\":\"reader\"}"))
			.build());
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return json.readTree(created.body()).get("key").asString();
	}

	private static boolean servingReadsFromReplica(int port) throws Exception {
		String metrics = get(port, "/actuator/prometheus", adminKey).body();
		return metrics.lines().anyMatch((line) -> line.startsWith("marquee_db_replica_reads 1"));
	}

	private static long requestsLogged(String log, String requestIdPrefix) throws IOException {
		try (var lines = Files.lines(dir.resolve(log))) {
			return lines.filter((line) -> line.contains(requestIdPrefix)).count();
		}
	}

	private static String readiness(int port) {
		try {
			return get(port, "/actuator/health/readiness", null).body();
		}
		catch (Exception ex) {
			return ex.toString();
		}
	}

	private static HttpResponse<String> get(int port, String path, String key)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(port, path)).timeout(Duration.ofSeconds(30)).GET();
		if (key != null) {
			request.header("Authorization", "Bearer " + key);
		}
		return send(request.build());
	}

	private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static URI uri(int port, String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private static int nginx() {
		return base;
	}

	private static int app(int n) {
		return base + n;
	}

	private static void pgCtl(String cluster, String mode, String action) throws Exception {
		Path pg = Path.of(Files.readString(dir.resolve("pg-dir")).strip());
		List<String> command = new ArrayList<>();
		if ("root".equals(System.getProperty("user.name"))) {
			command.addAll(List.of("runuser", "-u", "postgres", "--"));
		}
		command.addAll(List.of(pgBin().resolve("pg_ctl").toString(), "-D", pg.resolve(cluster).toString(), "-m", mode,
				"-w", action));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(output).isZero();
	}

	private static void run(Path script, Duration timeout, Map<String, String> environment) throws Exception {
		ProcessBuilder builder = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true);
		builder.environment().putAll(environment);
		builder.environment().put("MARQUEE_LOCAL_DIR", dir.toString());
		builder.environment().put("MARQUEE_LOCAL_PORT", String.valueOf(base));
		Path log = Files.createTempFile("marquee-topology", ".log");
		builder.redirectOutput(log.toFile());
		Process process = builder.start();
		boolean ended = process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS);
		if (!ended) {
			process.destroyForcibly();
		}
		String output = Files.readString(log);
		Files.delete(log);
		System.out.print(output);
		assertThat(ended && process.exitValue() == 0).as(script + " failed:\n" + output + logs()).isTrue();
	}

	private static String logs() throws IOException {
		StringBuilder logs = new StringBuilder();
		for (String name : List.of("app1.log", "app2.log")) {
			Path log = dir.resolve(name);
			if (Files.exists(log)) {
				List<String> lines = Files.readAllLines(log);
				logs.append("\n--- ")
					.append(name)
					.append(" (end)\n")
					.append(String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())));
			}
		}
		return logs.toString();
	}

	private static boolean installed() {
		Path bin = pgBin();
		return bin != null && Files.isExecutable(bin.resolve("pg_basebackup"))
				&& (Files.isExecutable(Path.of("/usr/sbin/nginx")) || Files.isExecutable(Path.of("/usr/bin/nginx")));
	}

	private static Path pgBin() {
		try (var versions = Files.list(Path.of("/usr/lib/postgresql"))) {
			return versions.map((version) -> version.resolve("bin"))
				.filter((bin) -> Files.isExecutable(bin.resolve("pg_ctl")))
				.max((a, b) -> Integer.compare(major(a), major(b)))
				.orElse(null);
		}
		catch (IOException ex) {
			return null;
		}
	}

	private static int major(Path bin) {
		try {
			return Integer.parseInt(bin.getParent().getFileName().toString());
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private static Path jar() throws IOException {
		try (var files = Files.list(Path.of("target"))) {
			return files.filter((file) -> file.getFileName().toString().matches("marquee-.*\\.jar"))
				.filter((file) -> !file.getFileName().toString().contains("-plain"))
				.findFirst()
				.orElse(null);
		}
		catch (IOException ex) {
			return null;
		}
	}

	/**
	 * The first of six consecutive free ports.
	 */
	private static int freePorts() throws IOException {
		for (int attempt = 0; attempt < 50; attempt++) {
			int first = 20_000 + ThreadLocalRandom.current().nextInt(30_000);
			if (free(first, 6)) {
				return first;
			}
		}
		throw new IOException("no six consecutive free ports");
	}

	private static boolean free(int first, int count) {
		for (int port = first; port < first + count; port++) {
			try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
				// free
			}
			catch (IOException ex) {
				return false;
			}
		}
		return true;
	}

}
