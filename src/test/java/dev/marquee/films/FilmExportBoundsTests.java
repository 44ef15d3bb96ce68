package dev.marquee.films;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;

import dev.marquee.TestDatabaseInitializer;
import dev.marquee.apikey.ApiKeys;
import dev.marquee.testdata.TestKeys;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The export's bounds, on a real Tomcat with real sockets on 127.0.0.1: a key is needed,
 * one export runs at a time here, a client that stops reading is cut off by the write
 * timeout (2 s here) and one that reads too slowly by the read rate (1 MB/s here, after 1
 * s of waiting). Tomcat's send buffer is small and so is each client's receive buffer, so
 * that a few hundred kilobytes of documents fill them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "marquee.export.max-concurrent=1", "marquee.export.retry-after=7s",
				"server.tomcat.connection-timeout=2s", "marquee.export.min-read-rate=1MB",
				"marquee.export.min-read-rate-after=1s" })
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(FilmExportBoundsTests.SmallSendBuffer.class)
class FilmExportBoundsTests {

	private static final int FILMS = 150;

	private static final String CHUNKED_END = "\r\n0\r\n\r\n";

	@LocalServerPort
	int port;

	@Autowired
	ApiKeys keys;

	@Autowired
	JdbcTemplate jdbc;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final String genre = "Bounds " + UUID.randomUUID();

	private String reader;

	@BeforeEach
	void manyLongFilmsOfTheirOwnGenre() {
		this.reader = TestKeys.reader(this.keys);
		long first = 8_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
		this.jdbc.update(
				"""
						insert into film (imdb_id, title, type, genres, plot)
						select 'tt' || (? + g), 'Bounds ' || g, 'movie', array[?], repeat('A plot long enough to fill buffers. ', 20)
						from generate_series(1, ?) as g""",
				first, this.genre, FILMS);
	}

	@AfterEach
	void removeThem() {
		this.jdbc.update("delete from film where ? = any(genres)", this.genre);
	}

	@Test
	void anonymousClientsCannotExport() throws Exception {
		HttpResponse<String> refused = this.http.send(
				HttpRequest.newBuilder(exportUri()).header("X-Request-Id", "export-anon").build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(refused.statusCode()).isEqualTo(401);
		JSONAssert.assertEquals(
				"""
						{"type":"/problems/unauthorized","title":"Authentication required","status":401,
						 "detail":"GET /api/v1/films/documents needs an API key (reader or admin role), sent as 'Authorization: Bearer <key>'",
						 "instance":"/api/v1/films/documents","code":"unauthorized","correlationId":"export-anon"}""",
				refused.body(), JSONCompareMode.STRICT);
	}

	@Test
	void aClientThatStopsReadingIsCutOffAndOnlyThenFreesItsExportSlot() throws Exception {
		try (Socket stalled = exportRequest()) {
			assertThat(new String(stalled.getInputStream().readNBytes(13), StandardCharsets.US_ASCII))
				.as("its export has started")
				.isEqualTo("HTTP/1.1 200 ");
			HttpResponse<String> busy = awaitStatus(503, "export-busy");
			assertThat(busy.headers().firstValue("Retry-After")).hasValue("7");
			JSONAssert.assertEquals("""
					{"type":"/problems/export-busy","title":"Exports busy","status":503,
					 "detail":"1 exports are running, as many as this server runs at once; retry in 7 seconds",
					 "instance":"/api/v1/films/documents","code":"export-busy","correlationId":"export-busy"}""",
					busy.body(), JSONCompareMode.STRICT);

			HttpResponse<String> served = awaitStatus(200, "export-after");
			assertThat(served.body().lines()).hasSize(FILMS);

			String cutOff = readToTheEnd(stalled);
			assertThat(cutOff).contains("\"title\":\"Bounds 1\"").doesNotEndWith(CHUNKED_END);
		}
	}

	@Test
	void aClientThatReadsTooSlowlyIsCutOff() throws Exception {
		try (Socket slow = exportRequest()) {
			InputStream in = slow.getInputStream();
			ByteArrayOutputStream received = new ByteArrayOutputStream();
			byte[] buffer = new byte[256];
			int read;
			while ((read = in.read(buffer)) >= 0) {
				received.write(buffer, 0, read);
				LockSupport.parkNanos(Duration.ofMillis(20).toNanos()); // a reader slower
																		// than the
																		// minimum rate
			}
			String cutOff = received.toString(StandardCharsets.UTF_8);
			assertThat(cutOff).startsWith("HTTP/1.1 200 ").doesNotEndWith(CHUNKED_END);
			assertThat(cutOff.lines().filter((line) -> line.startsWith("{\"imdbId\"")).count()).isLessThan(FILMS);
		}
		assertThat(awaitStatus(200, "export-after-slow").body().lines()).hasSize(FILMS);
	}

	/**
	 * Sends the export request on a socket with a small receive buffer, reading nothing.
	 */
	private Socket exportRequest() throws IOException {
		Socket socket = new Socket();
		socket.setReceiveBufferSize(4096);
		socket.setSoTimeout(30_000);
		socket.connect(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), this.port), 10_000);
		String request = "GET " + exportUri().getRawPath() + "?" + exportUri().getRawQuery() + " HTTP/1.1\r\n"
				+ "Host: 127.0.0.1:" + this.port + "\r\nAuthorization: " + this.reader
				+ "\r\nConnection: close\r\n\r\n";
		socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
		socket.getOutputStream().flush();
		return socket;
	}

	/**
	 * Everything the server sent until it closed the connection; fails if it keeps it
	 * open without sending for 30 s.
	 */
	private static String readToTheEnd(Socket socket) throws IOException {
		try {
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (SocketTimeoutException ex) {
			throw new AssertionError("The server kept the stalled export's connection open", ex);
		}
	}

	/**
	 * Asks for the export, with a key, until it is answered with the status (at most 60
	 * s).
	 */
	private HttpResponse<String> awaitStatus(int status, String requestId) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> this.http.send(HttpRequest.newBuilder(exportUri())
				.header("Authorization", this.reader)
				.header("X-Request-Id", requestId)
				.timeout(Duration.ofSeconds(30))
				.build(), HttpResponse.BodyHandlers.ofString()), (response) -> response.statusCode() == status);
	}

	private URI exportUri() {
		return URI.create("http://127.0.0.1:" + this.port + "/api/v1/films/documents?genre="
				+ java.net.URLEncoder.encode(this.genre, StandardCharsets.UTF_8).replace("+", "%20"));
	}

	@TestConfiguration
	static class SmallSendBuffer {

		@Bean
		WebServerFactoryCustomizer<TomcatServletWebServerFactory> smallSendBuffer() {
			return (factory) -> factory
				.addConnectorCustomizers((connector) -> connector.setProperty("socket.txBufSize", "4096"));
		}

	}

}
