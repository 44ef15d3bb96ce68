package dev.marquee.docs;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
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
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import dev.marquee.MarqueeApplication;
import org.awaitility.core.ConditionTimeoutException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

/**
 * Every {@code curl} example of README.md, run as written with bash and curl against a
 * fresh demo: Marquee started as {@code ./mvnw spring-boot:run} starts it (its own
 * classes and dependencies, no test settings, an empty working directory, so a new
 * embedded database, the demo film and {@code ./data/admin-key}). Each example claims its
 * status with {@code → NNN}, in its own trailing comment or in the comment lines above
 * it; a trailing comment may also name, after a {@code ;}, a header
 * ({@code Cache-Control: …}), which must match, or a JSON path
 * ({@code images.primary.poster.sizes.w342}), which must hold a value. {@code <sha256>}
 * stands for the image the previous example's path points to, and {@code poster.jpg} is a
 * real JPEG made here.
 */
class ReadmeExamplesTests {

	private static final Pattern CLAIM = Pattern.compile("→ (\\d{3})");

	private static final Pattern TRAILING = Pattern.compile("\\s{2,}# ");

	private static final Pattern HEADER = Pattern.compile("([A-Z][A-Za-z-]+): (.+)");

	private static final Pattern PATH = Pattern.compile("^[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9]+)+$");

	private static final Pattern IMAGE = Pattern.compile("/images/([0-9a-f]{64})/");

	private final JsonMapper json = JsonMapper.builder().build();

	@TempDir
	Path dir;

	@Test
	void everyCurlExampleOfTheReadmeAnswersWhatItClaimsOnAFreshDemo() throws Exception {
		List<Example> examples = examples(Files.readString(Path.of("README.md")));
		assertThat(examples).as("README's curl examples").hasSizeGreaterThanOrEqualTo(8);
		writePoster(this.dir.resolve("poster.jpg"));
		int port = freePort();
		Process app = start(port);
		try {
			awaitReady(app, port);
			String image = null;
			List<String> answered = new ArrayList<>();
			for (Example example : examples) {
				String command = example.command().replace("localhost:8080", "localhost:" + port);
				if (command.contains("<sha256>")) {
					assertThat(image).as("an image named by the example before: " + example.command()).isNotNull();
					command = command.replace("<sha256>", image);
				}
				Answer answer = run(command);
				answered.add(answer.status() + " " + example.command());
				assertThat(answer.status()).as(example.command() + "\n" + answer.body()).isEqualTo(example.status());
				for (String claim : example.claims()) {
					Matcher header = HEADER.matcher(claim);
					if (header.matches()) {
						assertThat(answer.header(header.group(1))).as(example.command()).isEqualTo(header.group(2));
					}
					else if (PATH.matcher(claim).matches()) {
						JsonNode value = at(this.json.readTree(answer.body()), claim);
						assertThat(value.isValueNode() && !value.isNull()).as(claim + " in " + answer.body()).isTrue();
						Matcher sha = IMAGE.matcher(value.asString());
						image = sha.find() ? sha.group(1) : image;
					}
				}
				if (example.command().contains(" -O ")) {
					Path file = this.dir.resolve(command.replaceAll(".*/([^/']+)'.*", "$1"));
					assertThat(Files.readAllBytes(file)).as(file.toString()).startsWith(0xFF, 0xD8, 0xFF);
				}
			}
			assertThat(answered).hasSameSizeAs(examples);
		}
		finally {
			stop(app);
		}
	}

	/**
	 * The curl commands of README's bash blocks, continuation lines joined, each with the
	 * status it claims and what else its trailing comment says.
	 */
	static List<Example> examples(String readme) {
		List<Example> examples = new ArrayList<>();
		boolean inBash = false;
		StringBuilder comments = new StringBuilder();
		String[] lines = readme.split("\n");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			if (line.startsWith("```")) {
				inBash = !inBash && line.equals("```bash");
				comments.setLength(0);
				continue;
			}
			if (!inBash) {
				continue;
			}
			if (line.startsWith("#")) {
				comments.append(line).append('\n');
				continue;
			}
			if (!line.startsWith("curl ")) {
				comments.setLength(0);
				continue;
			}
			StringBuilder command = new StringBuilder(line);
			while (command.toString().stripTrailing().endsWith("\\")) {
				command.setLength(command.toString().stripTrailing().length() - 1);
				command.append(' ').append(lines[++i].strip());
			}
			String text = command.toString();
			Matcher comment = TRAILING.matcher(text);
			String trailing = comment.find() ? text.substring(comment.end()).strip() : "";
			String curl = (trailing.isEmpty() ? text : text.substring(0, comment.start())).strip();
			Matcher claim = CLAIM.matcher(trailing);
			if (!claim.find()) {
				claim = CLAIM.matcher(comments);
				if (!claim.find()) {
					fail("README's example claims no status (→ NNN): " + curl);
				}
			}
			List<String> claims = Arrays.stream(trailing.split("; "))
				.map(String::strip)
				.map((part) -> part.replaceFirst("^→ \\d{3}\\s*", ""))
				.filter((part) -> !part.isEmpty())
				.toList();
			examples.add(new Example(curl, Integer.parseInt(claim.group(1)), claims));
			comments.setLength(0);
		}
		return examples;
	}

	private Answer run(String command) throws IOException, InterruptedException {
		Path headers = this.dir.resolve("headers.txt");
		Path body = this.dir.resolve("body.txt");
		Files.deleteIfExists(headers);
		Files.deleteIfExists(body);
		// as written, plus what lets the test read the answer: its status, headers and
		// body
		String output = command.contains(" -O ") ? "" : "-o body.txt ";
		String instrumented = command.replaceFirst("^curl ",
				"curl -sS --max-time 60 -D headers.txt " + output + "-w '%{http_code}' ");
		ProcessBuilder builder = new ProcessBuilder("bash", "-c", instrumented).directory(this.dir.toFile());
		Process process = builder.redirectErrorStream(true).start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(90, TimeUnit.SECONDS)).as(command).isTrue();
		assertThat(process.exitValue()).as(command + "\n" + out).isZero();
		return new Answer(Integer.parseInt(out.strip()), Files.exists(body) ? Files.readString(body) : "",
				Files.readAllLines(headers, StandardCharsets.ISO_8859_1));
	}

	private static JsonNode at(JsonNode node, String path) {
		JsonNode value = node;
		for (String name : path.split("\\.")) {
			value = value.path(name);
		}
		return value;
	}

	/**
	 * Marquee as {@code spring-boot:run} starts it: the application's classes and
	 * dependencies (not the test classes and their settings), in an empty directory.
	 */
	private Process start(int port) throws IOException {
		String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		String appClasspath = Arrays.stream(classpath.split(File.pathSeparator))
			.filter((entry) -> !entry.endsWith("test-classes"))
			.collect(Collectors.joining(File.pathSeparator));
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-cp", appClasspath, MarqueeApplication.class.getName(), "--server.port=" + port)
			.directory(this.dir.toFile());
		builder.environment().keySet().removeIf((name) -> name.startsWith("SPRING_") || name.startsWith("MARQUEE_"));
		return builder.redirectErrorStream(true).redirectOutput(this.dir.resolve("app.log").toFile()).start();
	}

	private void awaitReady(Process app, int port) throws Exception {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest ready = HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
			.timeout(Duration.ofSeconds(5))
			.build();
		Path log = this.dir.resolve("app.log");
		try {
			await().atMost(Duration.ofMinutes(4))
				.pollInterval(Duration.ofMillis(500))
				.ignoreExceptionsInstanceOf(IOException.class) // not listening yet
				.until(() -> {
					if (!app.isAlive()) {
						throw new IllegalStateException("Marquee stopped while starting:\n" + Files.readString(log));
					}
					return client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
				});
		}
		catch (ConditionTimeoutException ex) {
			fail("Marquee was not ready within 4 minutes:\n" + Files.readString(log));
		}
	}

	/**
	 * Stops Marquee as Ctrl-C would (its embedded PostgreSQL with it); should it hang,
	 * kills both.
	 */
	private void stop(Process app) throws Exception {
		app.destroy();
		if (!app.waitFor(60, TimeUnit.SECONDS)) {
			app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
			Path pid = this.dir.resolve("data/postgres/postmaster.pid");
			if (Files.exists(pid)) {
				ProcessHandle.of(Long.parseLong(Files.readAllLines(pid).get(0).strip()))
					.ifPresent(ProcessHandle::destroyForcibly);
			}
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/**
	 * A poster-shaped JPEG, as a user would have one to upload.
	 */
	private static void writePoster(Path file) throws IOException {
		BufferedImage poster = new BufferedImage(500, 750, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = poster.createGraphics();
		graphics.setPaint(new GradientPaint(0, 0, new Color(0x1d2b64), 0, 750, new Color(0xf8cdda)));
		graphics.fillRect(0, 0, 500, 750);
		graphics.dispose();
		assertThat(ImageIO.write(poster, "jpg", file.toFile())).isTrue();
	}

	record Example(String command, int status, List<String> claims) {
	}

	private record Answer(int status, String body, List<String> headers) {

		@Nullable String header(String name) {
			return this.headers.stream()
				.filter((line) -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
				.map((line) -> line.substring(name.length() + 1).strip())
				.reduce((first, last) -> last)
				.orElse(null);
		}

	}

}
