package dev.marquee.image;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.awaitility.core.ConditionTimeoutException;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.util.FileSystemUtils;

import static org.awaitility.Awaitility.await;

/**
 * Adobe's S3Mock, a real S3 server (the REST API over HTTP, objects on disk), run as its
 * own Java process from the jar the build copies to {@code target/s3mock} (its Spring
 * Boot stays apart from the application's). Started once for the test run, on a free
 * port, with one bucket, and stopped when the run's JVM exits.
 */
final class S3MockServer {

	static final String BUCKET = "marquee-images";

	static final Path JAR = Path.of("target", "s3mock", "s3mock.jar");

	private static @Nullable S3MockServer running;

	private final URI endpoint;

	private final S3Client client;

	private S3MockServer(URI endpoint) {
		this.endpoint = endpoint;
		this.client = S3Client.builder()
			.httpClient(UrlConnectionHttpClient.create())
			.endpointOverride(endpoint)
			.region(Region.US_EAST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("marquee", "secret")))
			.forcePathStyle(true)
			.build();
	}

	static synchronized S3MockServer start() {
		if (running == null) {
			running = launch();
		}
		return running;
	}

	URI endpoint() {
		return this.endpoint;
	}

	/**
	 * A client of the server, to see what is in the bucket.
	 */
	S3Client client() {
		return this.client;
	}

	/**
	 * Points the application at this server's bucket.
	 */
	void configure(DynamicPropertyRegistry registry) {
		configure(registry, this.endpoint, BUCKET);
	}

	static void configure(DynamicPropertyRegistry registry, URI endpoint, String bucket) {
		registry.add("marquee.images.store", () -> "s3");
		registry.add("marquee.images.s3.endpoint", endpoint::toString);
		registry.add("marquee.images.s3.bucket", () -> bucket);
		registry.add("marquee.images.s3.access-key", () -> "marquee");
		registry.add("marquee.images.s3.secret-key", () -> "secret");
		registry.add("marquee.images.s3.path-style", () -> "true");
		registry.add("marquee.images.s3.timeout", () -> "5s");
		// The tests sweep when they mean to (an image's deletion sweeps as it commits).
		registry.add("marquee.images.s3.sweep-interval", () -> "1h");
	}

	private static S3MockServer launch() {
		if (!Files.isRegularFile(JAR)) {
			throw new IllegalStateException(JAR + " is missing: run the tests through Maven (./mvnw test or "
					+ "./mvnw verify), whose generate-test-resources phase copies Adobe's S3Mock there");
		}
		try {
			int port = freePort();
			Path root = Files.createTempDirectory("marquee-s3mock");
			Path log = root.resolve("s3mock.log");
			String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
			ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx192m", "-XX:TieredStopAtLevel=1", "-jar",
					JAR.toString(), "--com.adobe.testing.s3mock.httpPort=" + port, "--server.port=0",
					"--com.adobe.testing.s3mock.store.initialBuckets=" + BUCKET,
					"--com.adobe.testing.s3mock.store.root=" + root.resolve("store"), "--spring.main.banner-mode=off",
					"--logging.level.root=WARN"))
				.redirectErrorStream(true)
				.redirectOutput(log.toFile());
			// Its Spring Boot reads the environment too: none of this run's settings.
			builder.environment()
				.keySet()
				.removeIf((name) -> name.startsWith("SPRING_") || name.startsWith("SERVER_")
						|| name.startsWith("MANAGEMENT_") || name.startsWith("MARQUEE_") || name.startsWith("JAVA_"));
			Process process = builder.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				stop(process);
				try {
					FileSystemUtils.deleteRecursively(root);
				}
				catch (IOException ex) {
					// a temporary directory, left to the system
				}
			}));
			URI endpoint = URI.create("http://127.0.0.1:" + port);
			try {
				await().atMost(Duration.ofMinutes(3))
					.pollInterval(Duration.ofMillis(250))
					.until(() -> answers(endpoint) || !process.isAlive());
			}
			catch (ConditionTimeoutException ex) {
				// reported below, with its log
			}
			if (!process.isAlive() || !answers(endpoint)) {
				stop(process);
				throw new IllegalStateException(
						"S3Mock did not start (" + JAR + "): " + Files.readString(log, StandardCharsets.UTF_8));
			}
			return new S3MockServer(endpoint);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean answers(URI endpoint) {
		try {
			HttpURLConnection connection = (HttpURLConnection) endpoint.toURL().openConnection();
			connection.setConnectTimeout(1000);
			connection.setReadTimeout(5000);
			try {
				return connection.getResponseCode() == 200;
			}
			finally {
				connection.disconnect();
			}
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static void stop(Process process) {
		process.destroy();
		try {
			if (!process.waitFor(10, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * A port nothing listens on now.
	 */
	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
