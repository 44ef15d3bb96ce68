package dev.marquee.support.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import dev.marquee.TestDatabaseInitializer;
import dev.marquee.apikey.ApiKeys;
import dev.marquee.testdata.TestKeys;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

import org.springframework.beans.factory.annotation.Autowired;
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
			 "instance":"%s","code":"malformed-request","correlationId":"%s"}""";

	@LocalServerPort
	int port;

	@Autowired
	ApiKeys keys;

	@Test
	void urlTomcatRefusesToParseAnswersProblemJson() throws Exception {
		RawResponse response = send(
				"GET /api/v1/films/1%00 HTTP/1.1\r\nHost: localhost\r\nX-Request-Id: nul-1\r\nConnection: close\r\n\r\n");

		assertRefused(response, "/api/v1/films/1%00", "nul-1");
	}

	@Test
	void anEncodedSlashAnswersProblemJsonWithTheMembersAndHeadersOfEveryProblem() throws Exception {
		RawResponse response = send("GET /api/v1/films/tt3783958%2Fcast HTTP/1.1\r\nHost: localhost\r\n"
				+ "X-Request-Id: slash-1\r\nConnection: close\r\n\r\n");

		assertRefused(response, "/api/v1/films/tt3783958%2Fcast", "slash-1");
	}

	@Test
	void urlTheSecurityFirewallRefusesAnswersProblemJson() throws Exception {
		RawResponse response = send(
				"GET /api/v1/films/..;/x HTTP/1.1\r\nHost: localhost\r\nX-Request-Id: fw-1\r\nConnection: close\r\n\r\n");

		assertRefused(response, "/api/v1/films/..;/x", "fw-1");
	}

	@Test
	void oversizedHeadersAnswerProblemJsonWithANewCorrelationId() throws Exception {
		RawResponse response = send("GET /api/v1/films/1 HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(20_000)
				+ "\r\nX-Request-Id: big-1\r\nConnection: close\r\n\r\n");

		// Tomcat did not read the headers, so the caller's id is unknown: a new one.
		String id = response.header("X-Request-Id");
		assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
		assertRefused(response, "/api/v1/films/1", id);
	}

	@Test
	void aChunkedBodyOverTheLimitIsPayloadTooLarge() throws Exception {
		String admin = TestKeys.admin(this.keys);
		String json = "{\"imdbId\":\"tt9512001\",\"title\":\"" + "a".repeat(3 * 1024 * 1024) + "\",\"type\":\"movie\"}";
		StringBuilder request = new StringBuilder("POST /api/v1/films HTTP/1.1\r\nHost: localhost\r\n"
				+ "Authorization: " + admin + "\r\nContent-Type: application/json\r\nX-Request-Id: chunk-1\r\n"
				+ "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
		for (int at = 0; at < json.length(); at += 65_536) {
			String chunk = json.substring(at, Math.min(json.length(), at + 65_536));
			request.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
		}
		request.append("0\r\n\r\n");

		RawResponse response = send(request.toString());

		assertThat(response.status()).isEqualTo(413);
		JSONAssert.assertEquals("""
				{"type":"/problems/payload-too-large","title":"Payload too large","status":413,
				 "detail":"The request body is larger than the limit of 2097152 bytes","instance":"/api/v1/films",
				 "code":"payload-too-large","correlationId":"chunk-1"}""", response.body(), JSONCompareMode.STRICT);
	}

	private static void assertRefused(RawResponse response, String instance, String id) throws Exception {
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.header("X-Request-Id")).isEqualTo(id);
		assertThat(response.header("Cache-Control")).isEqualTo("no-store");
		assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
		assertThat(response.header("X-XSS-Protection")).isEqualTo("0");
		JSONAssert.assertEquals(MALFORMED.formatted(instance, id), response.body(), JSONCompareMode.STRICT);
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
			try {
				out.write(request.getBytes(StandardCharsets.ISO_8859_1));
				out.flush();
			}
			catch (IOException ex) {
				// The server answered and closed before reading all of a large body.
			}
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
