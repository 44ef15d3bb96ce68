package dev.marquee.support.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import dev.marquee.TestDatabaseInitializer;
import dev.marquee.films.FilmDocuments;
import dev.marquee.testdata.FilmDocumentBuilder;
import dev.marquee.testdata.TestFilms;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a real Tomcat: an API answer larger than Tomcat's 8 KiB default buffer is still sent
 * whole with its {@code Content-Length}, never chunked, so that a proxy has either none
 * of it or all of it ({@link WholeAnswers}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class WholeAnswersTests {

	private static final int TRIVIA = 80;

	@LocalServerPort
	int port;

	@Autowired
	FilmDocuments documents;

	@Autowired
	WebServerApplicationContext context;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@Test
	void aTitlePageOfSeveralBufferfulsIsSentWithItsLengthInBytes() throws Exception {
		FilmDocumentBuilder builder = FilmDocumentBuilder.film("Kálmán Berkes und die langen Antworten");
		for (int i = 1; i <= TRIVIA; i++) {
			builder.trivia("Trivia " + i + ": Amiée Conn " + "é".repeat(200), false);
		}
		TestFilms.Created film = new TestFilms(this.documents).create(builder);

		HttpResponse<byte[]> response = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + film.uri() + "?include=trivia"))
				.build(), HttpResponse.BodyHandlers.ofByteArray());

		assertThat(response.statusCode()).isEqualTo(200);
		// several times Tomcat's own 8 KiB buffer, and more bytes than characters
		assertThat(response.body().length).isGreaterThan(3 * 8192);
		assertThat(response.headers().firstValue("Transfer-Encoding")).isEmpty();
		assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(response.body().length);
		JsonNode page = JsonMapper.builder().build().readTree(new String(response.body(), StandardCharsets.UTF_8));
		assertThat(page.get("title").asString()).isEqualTo("Kálmán Berkes und die langen Antworten");
		assertThat(page.get("trivia")).hasSize(TRIVIA);
		for (int i = 0; i < TRIVIA; i++) {
			assertThat(page.get("trivia").get(i).get("text").asString())
				.isEqualTo("Trivia " + (i + 1) + ": Amiée Conn " + "é".repeat(200));
		}
	}

	@Test
	void tomcatWritesAnAnswerOfUpTo64KiBToTheSocketInOneWrite() {
		// Tomcat ignores a connector property it does not know (setProperty answers
		// false): this holds that the running connector took the size
		TomcatWebServer server = (TomcatWebServer) this.context.getWebServer();
		assertThat(server.getTomcat().getConnector().getProperty("socket.appWriteBufSize"))
			.hasToString(String.valueOf(64 * 1024));
		assertThat(WebConfiguration.SOCKET_WRITE_BUFFER_BYTES).isEqualTo(64 * 1024);
	}

	@Test
	void answersLargerThanTheBufferAreStillStreamed() throws Exception {
		FilmDocumentBuilder builder = FilmDocumentBuilder.film("Longer than the buffer");
		for (int i = 1; i <= 400; i++) {
			builder.trivia("Trivia " + i + ": " + "x".repeat(400), false);
		}
		TestFilms.Created film = new TestFilms(this.documents).create(builder);

		HttpResponse<byte[]> response = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + film.uri() + "?include=trivia"))
				.build(), HttpResponse.BodyHandlers.ofByteArray());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body().length).isGreaterThan(WholeAnswers.BUFFER_BYTES);
		assertThat(response.headers().firstValue("Transfer-Encoding")).hasValue("chunked");
		JsonNode page = JsonMapper.builder().build().readTree(new String(response.body(), StandardCharsets.UTF_8));
		assertThat(page.get("trivia")).hasSize(400);
	}

}
