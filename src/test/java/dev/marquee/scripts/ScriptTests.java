package dev.marquee.scripts;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.marquee.TestDatabaseInitializer;
import dev.marquee.apikey.ApiKeyRole;
import dev.marquee.apikey.ApiKeys;
import dev.marquee.support.web.Cursor;
import dev.marquee.testdata.FilmDocumentBuilder;
import dev.marquee.testdata.TestIds;
import dev.marquee.films.FilmDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the admin scripts of {@code scripts/} with bash and curl against the app on a real
 * port, as an admin would, with and without jq.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class ScriptTests {

	private static final Path SCRIPTS = Path.of("scripts");

	@LocalServerPort
	int port;

	@Autowired
	ApiKeys keys;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper appMapper;

	@Autowired
	FilmDocuments documents;

	@TempDir
	Path temp;

	private final JsonMapper json = JsonMapper.builder().build();

	private String adminKey;

	private final String film = TestIds.film();

	@BeforeEach
	void issueAdminKey() {
		this.adminKey = this.keys.issue("script admin", ApiKeyRole.ADMIN).key();
	}

	@Test
	void createKeyPrintsTheNewKeyAndARetryWithItsIdempotencyKeyGetsTheSameOne() throws Exception {
		Run first = run(Map.of("MARQUEE_IDEMPOTENCY_KEY", "script-create-1"), "create-key.sh", "script reader",
				"reader");
		Run retry = run(Map.of("MARQUEE_IDEMPOTENCY_KEY", "script-create-1"), "create-key.sh", "script reader",
				"reader");

		assertThat(first.exit()).as(first.err()).isZero();
		JsonNode issued = this.json.readTree(first.out());
		assertThat(issued.get("name").asString()).isEqualTo("script reader");
		assertThat(issued.get("role").asString()).isEqualTo("reader");
		assertThat(issued.get("key").asString()).matches("mq_[A-Za-z0-9_-]{43}");
		assertThat(first.err()).contains("Idempotency-Key: script-create-1");
		assertThat(retry.exit()).isZero();
		assertThat(this.json.readTree(retry.out())).isEqualTo(issued);
		assertThat(this.jdbc.queryForObject("select count(*) from api_key where name = 'script reader'", Integer.class))
			.isEqualTo(1);
	}

	@Test
	void problemsArePrintedReadablyWithJqAndRawWithout() throws Exception {
		Run readable = run(Map.of(), "create-key.sh", "script owner", "owner");
		Run raw = run(Map.of("MARQUEE_NO_JQ", "1"), "create-key.sh", "script owner", "owner");

		assertThat(readable.exit()).isEqualTo(1);
		assertThat(readable.err()).contains("400 invalid-body: Invalid request body")
			.contains("  - body role: ")
			.containsPattern("correlationId: \\S+");
		assertThat(raw.exit()).isEqualTo(1);
		assertThat(raw.err()).contains("\nHTTP 400\n{").contains("\"code\":\"invalid-body\"");
	}

	@Test
	void writesNeedAKey() throws Exception {
		Run result = run(Map.of("MARQUEE_KEY", ""), "create-key.sh", "script keyless", "reader");

		assertThat(result.exit()).isEqualTo(2);
		assertThat(result.err()).startsWith("MARQUEE_KEY is not set");
	}

	@Test
	void putFilmCreatesThenReplacesAndTheDocumentRoundTrips() throws Exception {
		Path file = this.temp.resolve("film.json");
		Files.writeString(file, this.appMapper.writeValueAsString(
				FilmDocumentBuilder.film(this.film, "Scripted").actor(null, "Script Player", "Lead").build()));

		Run created = run(Map.of(), "put-film.sh", file.toString());
		Run replaced = run(Map.of("MARQUEE_NO_JQ", "1"), "put-film.sh", file.toString());
		Run read = run(Map.of(), "get-film-document.sh", this.film);

		assertThat(created.exit()).as(created.err()).isZero();
		assertThat(created.out()).matches("created " + this.film + " \\(ETag \"\\d+\\.[0-9a-f]{16}\"\\)\n");
		assertThat(replaced.exit()).as(replaced.err()).isZero();
		assertThat(replaced.out()).matches("replaced " + this.film + " \\(ETag \"\\d+\\.[0-9a-f]{16}\"\\)\n");
		assertThat(read.exit()).isZero();
		assertThat(read.err()).matches("ETag: \"\\d+\\.[0-9a-f]{16}\"\n");
		Path copy = this.temp.resolve("copy.json");
		Files.writeString(copy, read.out());
		JSONAssert.assertEquals(Files.readString(file), read.out(), JSONCompareMode.LENIENT);
		assertThat(run(Map.of(), "put-film.sh", copy.toString()).out()).startsWith("replaced " + this.film);
	}

	@Test
	void getFilmDocumentOfAnUnknownFilmPrintsTheProblem() throws Exception {
		Run result = run(Map.of(), "get-film-document.sh", "tt0000002");

		assertThat(result.exit()).isEqualTo(1);
		assertThat(result.err()).startsWith("404 not-found: Resource not found\n");
	}

	@Test
	void followChangesPagesThroughTheFeedFromACursor() throws Exception {
		String start = latestCursor();
		List<String> films = List.of(TestIds.film(), TestIds.film(), TestIds.film());
		for (String film : films) {
			Path file = this.temp.resolve(film + ".json");
			Files.writeString(file,
					this.appMapper.writeValueAsString(FilmDocumentBuilder.film(film, "Followed").build()));
			assertThat(run(Map.of(), "put-film.sh", file.toString()).exit()).isZero();
		}

		Run followed = run(Map.of("MARQUEE_PAGE_SIZE", "2"), "follow-changes.sh", start);
		Run raw = run(Map.of("MARQUEE_PAGE_SIZE", "2", "MARQUEE_NO_JQ", "1"), "follow-changes.sh", start);

		assertThat(followed.exit()).as(followed.err()).isZero();
		assertThat(followed.out().lines().map((line) -> line.replaceAll("^\\d+\t[^\t]+\t", ""))).containsExactly(
				"create\tfilm\t" + films.get(0), "create\tfilm\t" + films.get(1), "create\tfilm\t" + films.get(2));
		String last = latestCursor();
		assertThat(followed.err())
			.isEqualTo("cursor: " + last + "   (continue with: follow-changes.sh " + last + ")\n");
		assertThat(raw.exit()).isZero();
		assertThat(raw.out().lines()).hasSize(2).allMatch((page) -> page.startsWith("{\"items\":["));
		assertThat(raw.err()).isEqualTo(followed.err());
		Run caughtUp = run(Map.of(), "follow-changes.sh", last);
		assertThat(caughtUp.out()).isEmpty();
		assertThat(caughtUp.err()).startsWith("cursor: " + last);
	}

	@Test
	void addTriviaAddsItOnceEvenWhenRetriedWithItsIdempotencyKey() throws Exception {
		upsert(FilmDocumentBuilder.film(this.film, "Trivial").build());

		Run added = run(Map.of("MARQUEE_IDEMPOTENCY_KEY", "script-trivia-1"), "add-trivia.sh", this.film,
				"Shot in \"one\" take — über long");
		Run retried = run(Map.of("MARQUEE_IDEMPOTENCY_KEY", "script-trivia-1", "MARQUEE_NO_JQ", "1"), "add-trivia.sh",
				this.film, "Shot in \"one\" take — über long");
		Run spoiler = run(Map.of("MARQUEE_SPOILER", "true"), "add-trivia.sh", this.film, "The twist");

		long id = this.jdbc.queryForObject("select t.id from trivia t join film f on f.id = t.film_id"
				+ " where f.imdb_id = '" + this.film + "' and t.text like 'Shot in%'", Long.class);
		assertThat(added.exit()).as(added.err()).isZero();
		assertThat(added.out()).isEqualTo("added trivia " + id + " to " + this.film + " (ETag \"0\")\n");
		assertThat(added.err()).isEqualTo("Idempotency-Key: script-trivia-1\n");
		assertThat(retried.out()).isEqualTo(added.out());
		assertThat(spoiler.exit()).as(spoiler.err()).isZero();
		assertThat(this.jdbc.queryForList("select text || ' ' || spoiler from trivia t join film f on f.id = t.film_id"
				+ " where f.imdb_id = '" + this.film + "' order by t.id", String.class))
			.containsExactly("Shot in \"one\" take — über long false", "The twist true");
	}

	@Test
	void addTriviaToAnUnknownFilmPrintsTheProblem() throws Exception {
		Run result = run(Map.of(), "add-trivia.sh", "tt0000003", "Nothing");
		Run usage = run(Map.of(), "add-trivia.sh", "tt0000003");

		assertThat(result.exit()).isEqualTo(1);
		assertThat(result.err()).contains("404 not-found: Resource not found\n  No film with id 'tt0000003'\n");
		assertThat(usage.exit()).isEqualTo(2);
		assertThat(usage.err()).startsWith("Usage: add-trivia.sh IMDB_ID TEXT");
	}

	@Test
	void patchBoxOfficeChangesOneFigureAgainstTheVersionItRead() throws Exception {
		upsert(FilmDocumentBuilder.film(this.film, "Grossing").boxOffice(30_000_000, 440_000_000).build());

		Run patched = run(Map.of(), "patch-box-office.sh", this.film, "{\"budget\":{\"amount\":31000000}}");
		Run invalid = run(Map.of(), "patch-box-office.sh", this.film, "{\"budget\":{\"currency\":\"usd\"}}");

		assertThat(patched.exit()).as(patched.err()).isZero();
		assertThat(patched.err()).matches("patched the box office of " + this.film + " \\(ETag \"0\" -> \"1\"\\)\n");
		JSONAssert.assertEquals(
				"""
						{"budget":{"amount":31000000,"currency":"USD"},"grossWorldwide":{"amount":440000000,"currency":"USD"}}""",
				patched.out(), JSONCompareMode.LENIENT);
		assertThat(this.jdbc.queryForObject("select budget_amount from box_office b join film f on f.id = b.film_id"
				+ " where f.imdb_id = '" + this.film + "'", Long.class))
			.isEqualTo(31_000_000L);
		assertThat(invalid.exit()).isEqualTo(1);
		assertThat(invalid.err()).contains("400 invalid-body: Invalid request body")
			.contains("  - body budget.currency: must match \"[A-Z]{3}\"");
	}

	@Test
	void deleteGoofDeletesItWithTheETagItRead() throws Exception {
		upsert(FilmDocumentBuilder.film(this.film, "Goofy").goof("The clock jumps back").goof("A crew shadow").build());
		long first = this.jdbc.queryForObject("select g.id from goof g join film f on f.id = g.film_id"
				+ " where f.imdb_id = '" + this.film + "' and g.text = 'The clock jumps back'", Long.class);

		Run deleted = run(Map.of(), "delete-goof.sh", this.film, String.valueOf(first));
		Run again = run(Map.of(), "delete-goof.sh", this.film, String.valueOf(first));

		assertThat(deleted.exit()).as(deleted.err()).isZero();
		assertThat(deleted.out()).isEqualTo("deleted goof " + first + " of " + this.film + " (it was at ETag \"0\")\n");
		assertThat(this.jdbc.queryForList(
				"select g.text from goof g join film f on f.id = g.film_id" + " where f.imdb_id = '" + this.film + "'",
				String.class))
			.containsExactly("A crew shadow");
		assertThat(again.exit()).isEqualTo(1);
		assertThat(again.err()).startsWith("404 not-found: Resource not found\n");
	}

	private void upsert(dev.marquee.films.FilmDocument document) {
		this.documents.upsert(document);
	}

	private String latestCursor() {
		Map<String, Object> row = this.jdbc
			.queryForMap("select tx_id::text as tx, id from change_event order by tx_id desc, id desc limit 1");
		return Cursor.of("feed", row.get("tx"), row.get("id")).encode();
	}

	@Test
	void importImdbUploadsADirectorysFilesAndFollowsTheJobToItsEnd() throws Exception {
		// Whatever the last import of the shared database was, this one imports the full
		// way.
		this.jdbc.update("DELETE FROM import_baseline");
		try {
			Run run = run(Map.of("MARQUEE_POLL_SECONDS", "0.2"), "import-imdb.sh",
					"src/test/resources/imports/episodes");

			assertThat(run.exit()).as(run.err()).isZero();
			assertThat(run.err()).startsWith(
					"Uploading 2 file(s)...\nImport job: http://localhost:" + this.port + "/api/v1/admin/imports/");
			assertThat(run.out()).isEqualTo(
					"""
							title.basics.tsv\t6 lines\t6 loaded\t0 rejected
							title.episode.tsv\t4 lines\t4 loaded\t0 rejected
							changes since the last import: staging every line, no baseline: a first import, or the last one did not end
							merged films: staged 6, duplicates 0, inserted 6, updated 0, unchanged 0
							merged episodes: staged 4, duplicates 0, updated 4, unknown episode titles 0, unknown series titles 0, cleared 0
							merged titles absent from the snapshot (kept): kept 0
							succeeded: 10 lines, 0 rejected
							""");
		}
		finally {
			this.jdbc.update("DELETE FROM film WHERE imdb_id LIKE 'tt75%'");
		}
	}

	@Test
	void importImdbExitsNonZeroWhenTheJobFails() throws Exception {
		Path dir = Files.createDirectories(Path.of("target/import-tests/script-truncated"));
		Files.writeString(dir.resolve("title.ratings.tsv"), "tconst\taverageRating\tnumVotes\n");
		Path truncated = dir.resolve("title.ratings.tsv.gz");
		try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(truncated))) {
			out.write("tconst\taverageRating\tnumVotes\n".getBytes(StandardCharsets.UTF_8));
			for (int i = 0; i < 50_000; i++) {
				out.write(("tt76%05d\t7.%d\t%d\n".formatted(i, i % 10, i)).getBytes(StandardCharsets.UTF_8));
			}
		}
		Files.delete(dir.resolve("title.ratings.tsv"));
		byte[] whole = Files.readAllBytes(truncated);
		Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));

		Run run = run(Map.of("MARQUEE_NO_JQ", "1", "MARQUEE_POLL_SECONDS", "0.2"), "import-imdb.sh", "--server-dir",
				dir.toAbsolutePath().toString());

		assertThat(run.exit()).isEqualTo(1);
		assertThat(run.out()).contains("\"state\":\"failed\"");
		assertThat(run.err()).endsWith("\nThe import failed: A file could not be read to its end (Unexpected end of "
				+ "ZLIB input stream): is it complete? Nothing of it was merged.\n");
	}

	private Run run(Map<String, String> env, String script, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("bash", SCRIPTS.resolve(script).toString()));
		command.addAll(List.of(args));
		File out = this.temp.resolve(script + ".out").toFile();
		File err = this.temp.resolve(script + ".err").toFile();
		ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out).redirectError(err);
		builder.environment().put("MARQUEE_URL", "http://localhost:" + this.port);
		builder.environment().put("MARQUEE_KEY", this.adminKey);
		builder.environment().remove("MARQUEE_NO_JQ");
		builder.environment().putAll(env);
		Process process = builder.start();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError(script + " did not finish within 60 s");
		}
		return new Run(process.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
				Files.readString(err.toPath(), StandardCharsets.UTF_8));
	}

	record Run(int exit, String out, String err) {
	}

}
