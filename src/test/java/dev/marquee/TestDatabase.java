package dev.marquee;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

import org.springframework.util.FileSystemUtils;

/**
 * The one PostgreSQL server a test run uses, chosen once per JVM and shared by every test
 * class and context:
 * <ol>
 * <li>the server named by {@code MARQUEE_TEST_DB_URL} (with
 * {@code MARQUEE_TEST_DB_USERNAME} and {@code MARQUEE_TEST_DB_PASSWORD}) when set — CI on
 * GitHub, or a developer's own server;</li>
 * <li>else a Testcontainers PostgreSQL 17 when a Docker engine answers;</li>
 * <li>else an embedded PostgreSQL 17 in a temporary directory, removed at exit.</li>
 * </ol>
 */
public record TestDatabase(String url, String username, String password, String kind) {

	private static final Logger logger = LoggerFactory.getLogger(TestDatabase.class);

	private static volatile TestDatabase shared;

	public static TestDatabase shared() {
		TestDatabase database = shared;
		if (database == null) {
			synchronized (TestDatabase.class) {
				database = shared;
				if (database == null) {
					database = choose();
					logger.info("Tests run on {} PostgreSQL at {}", database.kind(), database.url());
					shared = database;
				}
			}
		}
		return database;
	}

	private static TestDatabase choose() {
		String url = System.getenv("MARQUEE_TEST_DB_URL");
		if (url != null && !url.isBlank()) {
			return new TestDatabase(url, envOr("MARQUEE_TEST_DB_USERNAME", "postgres"),
					envOr("MARQUEE_TEST_DB_PASSWORD", ""), "external");
		}
		if (DockerClientFactory.instance().isDockerAvailable()) {
			return startContainer();
		}
		return startEmbedded();
	}

	@SuppressWarnings("resource") // stopped by Testcontainers' reaper when the JVM exits
	private static TestDatabase startContainer() {
		PostgreSQLContainer container = new PostgreSQLContainer(DockerImageName.parse("postgres:17-alpine"));
		container.start();
		return new TestDatabase(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
				"Testcontainers");
	}

	private static TestDatabase startEmbedded() {
		try {
			Path directory = Files.createTempDirectory("marquee-test-pg");
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(true)
				// zonky gives up after 10 s, which a start on a loaded machine can take
				.setPGStartupWait(Duration.ofSeconds(60))
				.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					postgres.close();
				}
				catch (IOException ex) {
					// the JVM is going away; nothing better to do
				}
				FileSystemUtils.deleteRecursively(directory.toFile());
			}, "marquee-test-postgres-stop"));
			return new TestDatabase(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres", "embedded");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL for tests", ex);
		}
	}

	private static String envOr(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null) ? value : fallback;
	}

}
