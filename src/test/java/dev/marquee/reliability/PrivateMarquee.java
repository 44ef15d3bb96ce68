package dev.marquee.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;
import dev.marquee.MarqueeApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Marquee started with {@link SpringApplicationBuilder} on a {@link PrivatePostgres},
 * listening on a random port and driven over real HTTP, so that a fault test sees what a
 * client sees: status, problem body and how long it waited. Its timeouts are lowered from
 * the production values (see {@link #CONNECTION_TIMEOUT}) so the tests stay short; the
 * production values and their reasons are in application.yml and docs/reliability.md.
 */
final class PrivateMarquee implements AutoCloseable {

	/**
	 * An admin key, accepted because the application is started with it
	 * ({@code marquee.admin-key}).
	 */
	static final String ADMIN_KEY = "mq_faultTestsAdminKey0000000000000000000000000";

	/** How long a request waits for a pooled connection (production: 3 s). */
	static final Duration CONNECTION_TIMEOUT = Duration.ofMillis(1000);

	/** How long a socket may hear nothing (production: 15 s). */
	static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(4);

	/** How long PostgreSQL lets a statement run (production: 10 s). */
	static final Duration STATEMENT_TIMEOUT = Duration.ofMillis(2000);

	/**
	 * The longest a request may take whatever the database does: a connection wait then
	 * one statement that hears nothing.
	 */
	static final Duration REQUEST_BOUND = CONNECTION_TIMEOUT.plus(SOCKET_TIMEOUT);

	static final int POOL_SIZE = 8;

	private final ConfigurableApplicationContext context;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String base;

	private PrivateMarquee(ConfigurableApplicationContext context) {
		this.context = context;
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		this.base = "http://localhost:" + port;
	}

	static PrivateMarquee start(PrivatePostgres postgres) {
		return start(postgres, Map.of());
	}

	/**
	 * Starts Marquee with the fault tests' settings, some of them replaced by
	 * {@code overrides}.
	 */
	static PrivateMarquee start(PrivatePostgres postgres, Map<String, Object> overrides) {
		Map<String, Object> properties = new HashMap<>();
		properties.put("server.port", "0");
		properties.put("spring.datasource.url", postgres.jdbcUrl());
		properties.put("spring.datasource.username", "postgres");
		properties.put("spring.datasource.password", "postgres");
		properties.put("spring.datasource.hikari.connection-timeout", CONNECTION_TIMEOUT.toMillis());
		properties.put("spring.datasource.hikari.validation-timeout", 500);
		properties.put("spring.datasource.hikari.maximum-pool-size", POOL_SIZE);
		properties.put("spring.datasource.hikari.data-source-properties.socketTimeout", SOCKET_TIMEOUT.toSeconds());
		properties.put("spring.datasource.hikari.data-source-properties.connectTimeout", 2);
		properties.put("spring.datasource.hikari.data-source-properties.options",
				"-c statement_timeout=" + STATEMENT_TIMEOUT.toMillis());
		properties.put("spring.lifecycle.timeout-per-shutdown-phase", "15s");
		properties.put("marquee.admin-key", ADMIN_KEY);
		properties.put("marquee.demo-data.enabled", "false");
		properties.put("marquee.rate-limit.enabled", "false");
		properties.put("spring.main.banner-mode", "off");
		properties.putAll(overrides);
		// As command-line arguments: they take precedence over application.yml, where
		// SpringApplication's default properties would not.
		String[] arguments = properties.entrySet()
			.stream()
			.map((property) -> "--" + property.getKey() + "=" + property.getValue())
			.toArray(String[]::new);
		ConfigurableApplicationContext context = new SpringApplicationBuilder(MarqueeApplication.class).run(arguments);
		return new PrivateMarquee(context);
	}

	HikariDataSource dataSource() {
		return this.context.getBean(HikariDataSource.class);
	}

	ConfigurableApplicationContext context() {
		return this.context;
	}

	Exchange get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).GET());
	}

	Exchange post(String path, String json) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Authorization", "Bearer " + ADMIN_KEY)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	Exchange put(String path, String json) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Authorization", "Bearer " + ADMIN_KEY)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json)));
	}

	/**
	 * A GET on a connection of its own, never one kept alive from earlier requests: what
	 * a new client meets.
	 */
	Exchange getFromNewClient(String path) {
		// Java 17's HttpClient has no close(); an idle one is collected with its
		// connection.
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		return send(client, HttpRequest.newBuilder(URI.create(this.base + path)).GET());
	}

	/**
	 * Sends a request and times it. The client gives up after a minute, far beyond any
	 * bound the server promises, so a hang shows as a failed answer rather than a stuck
	 * build; a refused or broken connection is an exchange with status 0.
	 */
	Exchange send(HttpRequest.Builder request) {
		return send(this.http, request);
	}

	private static Exchange send(HttpClient http, HttpRequest.Builder request) {
		long start = System.nanoTime();
		try {
			HttpResponse<String> response = http.send(request.timeout(Duration.ofMinutes(1)).build(),
					HttpResponse.BodyHandlers.ofString());
			return new Exchange(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body(), start, System.nanoTime());
		}
		catch (IOException ex) {
			return new Exchange(0, "", ex.getClass().getSimpleName(), start, System.nanoTime());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Exchange(0, "", "interrupted", start, System.nanoTime());
		}
	}

	@Override
	public void close() {
		this.context.close();
	}

	/**
	 * One request's answer and when it was sent and answered ({@link System#nanoTime()}).
	 */
	record Exchange(int status, String contentType, String body, long sentAt, long answeredAt) {

		Duration latency() {
			return Duration.ofNanos(this.answeredAt - this.sentAt);
		}

		boolean isProblem(String code) {
			return this.contentType.startsWith("application/problem+json")
					&& this.body.contains("\"code\":\"" + code + "\"");
		}

	}

}
