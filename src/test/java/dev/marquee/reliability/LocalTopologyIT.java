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
		run(SCRIPTS.resolve("start.sh"), Duration.ofMinutes(8), Map.of("MARQUEE_JAR", jar.toString()));
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

	@Test
	@Order(3)
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
			load.reset();
			TimeUnit.SECONDS.sleep(3);
			Load.Counts after = load.counts();
			System.out.printf(
					"Replica killed under read load: %d reads, %d failed while the instances noticed; "
							+ "then %d reads on the primary, %d failed%n",
					transition.ok() + transition.failed(), transition.failed(), after.ok() + after.failed(),
					after.failed());
			assertThat(after.ok()).isPositive();
			assertThat(after.failed()).as(load.failures()).isZero();
		}
		assertThat(servingReadsFromReplica(app(1))).isFalse();
	}

	@Test
	@Order(4)
	void oneOfTwoInstancesKilledUnderReadLoadNoRequestFails() throws Exception {
		String readerKey = readerKey();
		try (Load load = new Load(readerKey)) {
			TimeUnit.SECONDS.sleep(2);
			long pid = Long.parseLong(Files.readString(dir.resolve("app1.pid")).strip());
			ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
			TimeUnit.SECONDS.sleep(5);
			Load.Counts counts = load.counts();
			System.out.printf("Instance killed (kill -9) under read load: %d reads through nginx, %d failed%n",
					counts.ok() + counts.failed(), counts.failed());
			assertThat(counts.ok()).isPositive();
			assertThat(counts.failed()).as(load.failures()).isZero();
		}
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
					// bounded: stops when closed, and in any case after two minutes
					long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
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
