package dev.marquee.support.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import dev.marquee.TestDatabaseInitializer;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests that fail before Spring MVC — refused by Tomcat's parser, by Spring Security's
 * firewall, or while decoding the query — still answer problem+json, never an HTML page.
 * Sent over a raw socket, because HTTP clients refuse to send such requests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class ServletContainerProblemTests {

	private static final String MALFORMED = """
			{"type":"/problems/malformed-request","title":"Malformed request","status":400,
			 "detail":"The request could not be read: its URL, a header or its body is malformed (for example a body that is not valid JSON, or a URL with an encoded slash, a path traversal or a broken percent-encoding).",
			 "code":"malformed-request"}""";

	@LocalServerPort
	int port;

	@Test
	void urlTomcatRefusesToParseAnswersProblemJson() throws Exception {
		RawResponse response = send("GET /api/v1/films/1%00 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		JSONAssert.assertEquals(MALFORMED, response.body(), JSONCompareMode.STRICT);
	}

	@Test
	void urlTheSecurityFirewallRefusesAnswersProblemJson() throws Exception {
		RawResponse response = send(
				"GET /api/v1/films/..;/x HTTP/1.1\r\nHost: localhost\r\nX-Request-Id: fw-1\r\nConnection: close\r\n\r\n");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.body()).contains("\"code\":\"malformed-request\"").doesNotContain("<html");
	}

	@Test
	void brokenPercentEncodingInTheQueryIsAMalformedRequestNotAFailure() throws Exception {
		RawResponse response = send("GET /api/v1/films/1?include=%ZZ HTTP/1.1\r\nHost: localhost\r\n"
				+ "X-Request-Id: pct-1\r\nConnection: close\r\n\r\n");

		assertThat(response.status()).isEqualTo(400);
		JSONAssert.assertEquals("""
				{"type":"/problems/malformed-request","title":"Malformed request","status":400,
				 "detail":"The query string is not valid percent-encoded UTF-8","instance":"/api/v1/films/1",
				 "code":"malformed-request","correlationId":"pct-1"}""", response.body(), JSONCompareMode.STRICT);
	}

	@Test
	void oversizedHeadersAnswerProblemJson() throws Exception {
		RawResponse response = send("GET /api/v1/films/1 HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(20_000)
				+ "\r\nConnection: close\r\n\r\n");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		JSONAssert.assertEquals(MALFORMED, response.body(), JSONCompareMode.STRICT);
	}

	@Test
	void instanceKeepsThePathAsSentWithoutEncodingItTwice() throws Exception {
		RawResponse response = send(
				"GET /nope%20x HTTP/1.1\r\nHost: localhost\r\nX-Request-Id: enc-1\r\nConnection: close\r\n\r\n");

		JSONAssert.assertEquals("""
				{"type":"/problems/not-found","title":"Resource not found","status":404,
				 "detail":"Nothing exists at this address, or the resource it names does not exist.",
				 "instance":"/nope%20x","code":"not-found","correlationId":"enc-1"}""", response.body(),
				JSONCompareMode.STRICT);
	}

	@Test
	void theErrorPathItselfIsNotFound() throws Exception {
		RawResponse response = send(
				"GET /error HTTP/1.1\r\nHost: localhost\r\nX-Request-Id: err-1\r\nConnection: close\r\n\r\n");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.body()).contains("\"code\":\"not-found\"");
	}

	private RawResponse send(String request) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream received = new ByteArrayOutputStream();
			in.transferTo(received);
			return RawResponse.parse(received.toString(StandardCharsets.UTF_8));
		}
	}

	private record RawResponse(int status, String headers, String body) {

		static RawResponse parse(String raw) {
			int split = raw.indexOf("\r\n\r\n");
			String head = raw.substring(0, split);
			String body = raw.substring(split + 4);
			if (head.toLowerCase().contains("transfer-encoding: chunked")) {
				body = dechunk(body);
			}
			return new RawResponse(Integer.parseInt(head.split(" ")[1]), head, body);
		}

		String header(String name) {
			for (String line : this.headers.split("\r\n")) {
				if (line.toLowerCase().startsWith(name.toLowerCase() + ":")) {
					return line.substring(name.length() + 1).trim();
				}
			}
			return "";
		}

		private static String dechunk(String chunked) {
			StringBuilder body = new StringBuilder();
			int position = 0;
			while (true) {
				int lineEnd = chunked.indexOf("\r\n", position);
				int length = Integer.parseInt(chunked.substring(position, lineEnd).trim(), 16);
				if (length == 0) {
					return body.toString();
				}
				body.append(chunked, lineEnd + 2, lineEnd + 2 + length);
				position = lineEnd + 2 + length + 2;
			}
		}

	}

}
