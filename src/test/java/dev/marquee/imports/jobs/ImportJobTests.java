package dev.marquee.imports.jobs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import dev.marquee.MarqueeTest;
import dev.marquee.apikey.ApiKeys;
import dev.marquee.imports.Dataset;
import dev.marquee.testdata.TestKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.Customization;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import org.skyscreamer.jsonassert.comparator.CustomComparator;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Imports as HTTP jobs, on the run's real PostgreSQL: started from an allowed directory
 * or an upload, followed to their end, refused whole when they cannot run. Titles and
 * names are tt79…/nm79… (the tricky fixture) and tt74…, removed after each test.
 */
@MarqueeTest
class ImportJobTests {

	private static final Path TRICKY = Path.of("src/test/resources/imports/tricky");

	private static final Path SCRATCH = Path.of("target/import-tests");

	private static final Path UPLOADS = Path.of("target/import-uploads");

	/**
	 * Timings and generated values vary; everything else of a job is compared.
	 */
	private static final CustomComparator JOB = new CustomComparator(JSONCompareMode.STRICT,
			new Customization("**.id", (actual, expected) -> true),
			new Customization("**.rowsPerSecond", (actual, expected) -> true),
			new Customization("**.seconds", (actual, expected) -> true),
			new Customization("**.createdAt", (actual, expected) -> true),
			new Customization("**.startedAt", (actual, expected) -> actual != null),
			new Customization("**.finishedAt", (actual, expected) -> actual != null));

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApiKeys keys;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	ImportJobs jobs;

	private String admin;

	@BeforeEach
	void issueAdminKey() throws Exception {
		this.admin = TestKeys.admin(this.keys);
		// Whatever the last import of the shared database was, these import the full way.
		this.jdbc.update("DELETE FROM import_baseline");
		FileSystemUtils.deleteRecursively(SCRATCH);
		Files.createDirectories(SCRATCH);
	}

	@AfterEach
	void removeImportedData() {
		this.jdbc.update("DELETE FROM film WHERE imdb_id ~ '^tt7[49]'");
		this.jdbc.update("DELETE FROM person WHERE imdb_id ~ '^nm7[49]'");
	}

	@Test
	void importsAnAllowedDirectoryAsAJobAndShowsItsFilesMergesAndRejects() throws Exception {
		MvcTestResult started = this.mvc.post()
			.uri("/api/v1/admin/imports")
			.header(HttpHeaders.AUTHORIZATION, this.admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"directory\":\"tricky\"}")
			.exchange();

		assertThat(started).hasStatus(202).hasHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		long id = this.jdbc.queryForObject("SELECT max(id) FROM import_job", Long.class);
		assertThat(started.getResponse().getHeader(HttpHeaders.LOCATION)).isEqualTo("/api/v1/admin/imports/" + id);
		JSONAssert.assertEquals("""
				{"id":0,"state":"queued","source":"directory","directory":"tricky","deleteMissing":false,
				 "files":[%s],
				 "phases":[],"counts":{"lines":0,"loaded":0,"rejected":0},"rejects":[],"error":null,
				 "createdAt":"","startedAt":null,"finishedAt":null}""".formatted(waiting()), body(started), JOB);

		String finished = awaitEnd(id);
		JSONAssert.assertEquals(TRICKY_JOB.formatted("directory", "\"tricky\""), finished, JOB);
		assertThat(this.jdbc.queryForObject("SELECT title FROM film WHERE imdb_id = 'tt7900002'", String.class))
			.isEqualTo("Series \"One\"");
	}

	@Test
	void importsUploadedFilesAndRemovesThemWhenTheJobEnds() throws Exception {
		MockMultipartFile[] files = Files.list(TRICKY)
			.sorted()
			.map(ImportJobTests::part)
			.toArray(MockMultipartFile[]::new);

		MvcTestResult started = this.mvc.post()
			.uri("/api/v1/admin/imports")
			.multipart()
			.file(files[0])
			.file(files[1])
			.file(files[2])
			.file(files[3])
			.file(files[4])
			.file(files[5])
			.file(files[6])
			.header(HttpHeaders.AUTHORIZATION, this.admin)
			.exchange();

		assertThat(started).hasStatus(202);
		long id = this.jdbc.queryForObject("SELECT max(id) FROM import_job", Long.class);
		JSONAssert.assertEquals(TRICKY_JOB.formatted("upload", "null"), awaitEnd(id), JOB);
		try (var left = Files.list(UPLOADS)) {
			assertThat(left).as("uploaded files left behind").isEmpty();
		}
	}

	@Test
	void aJobWhoseFileBreaksHalfWayFailsAndSaysWhy() throws Exception {
		Path dir = Files.createDirectories(SCRATCH.resolve("truncated"));
		dev.marquee.imports.SyntheticDatasets
			.generate(new dev.marquee.imports.SyntheticDatasets.Options(dir, 3000, 3, 0, true, 7_400_000));
		for (Dataset dataset : Dataset.values()) {
			if (dataset != Dataset.TITLE_BASICS) {
				Files.delete(dir.resolve(dataset.baseName() + ".tsv.gz"));
			}
		}
		Path basics = dir.resolve("title.basics.tsv.gz");
		byte[] whole = Files.readAllBytes(basics);
		Files.write(basics, java.util.Arrays.copyOf(whole, whole.length * 3 / 4));

		MvcTestResult started = this.mvc.post()
			.uri("/api/v1/admin/imports")
			.header(HttpHeaders.AUTHORIZATION, this.admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"directory\":\"" + SCRATCH.toAbsolutePath().resolve("truncated") + "\",\"deleteMissing\":true}")
			.exchange();

		assertThat(started).hasStatus(202);
		long id = this.jdbc.queryForObject("SELECT max(id) FROM import_job", Long.class);
		String finished = awaitEnd(id);
		assertThat(finished).contains("\"state\":\"failed\"")
			.contains("\"error\":\"A file could not be read to its end (Unexpected end of ZLIB input stream): "
					+ "is it complete? Nothing of it was merged.\"");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM film WHERE imdb_id LIKE 'tt74%'", Long.class))
			.isZero();
	}

	@Test
	void refusesAnImportWhileAnotherRunsEvenFromTheCommandLine() throws Exception {
		try (Connection other = this.dataSource.getConnection(); Statement statement = other.createStatement()) {
			// what the command line's import holds while it runs
			statement.execute("SELECT pg_advisory_lock(" + 0x4d61727175656502L + ")");
			try {
				MvcTestResult directory = this.mvc.post()
					.uri("/api/v1/admin/imports")
					.header(HttpHeaders.AUTHORIZATION, this.admin)
					.header("X-Request-Id", "import-409")
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"directory\":\"tricky\"}")
					.exchange();
				MvcTestResult upload = this.mvc.post()
					.uri("/api/v1/admin/imports")
					.multipart()
					.file(part(TRICKY.resolve("title.basics.tsv")))
					.header(HttpHeaders.AUTHORIZATION, this.admin)
					.header("X-Request-Id", "import-409")
					.exchange();

				for (MvcTestResult result : new MvcTestResult[] { directory, upload }) {
					assertThat(result).hasStatus(409).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
					JSONAssert.assertEquals(
							"""
									{"type":"/problems/import-running","title":"Import running","status":409,
									 "detail":"Another import is running on this database; one import at a time.",
									 "instance":"/api/v1/admin/imports","code":"import-running","correlationId":"import-409"}""",
							body(result), JSONCompareMode.STRICT);
				}
			}
			finally {
				statement.execute("SELECT pg_advisory_unlock(" + 0x4d61727175656502L + ")");
			}
		}
	}

	@Test
	void refusesDirectoriesOutsideTheAllowedOnesWithoutSayingWhatIsThere() throws Exception {
		Path link = SCRATCH.resolve("escape");
		Files.createSymbolicLink(link, Path.of("/tmp"));
		String outside = "is not inside a directory this server allows imports from";
		assertDirectoryRefused("/etc", outside);
		assertDirectoryRefused("/nowhere/at/all", outside);
		assertDirectoryRefused(SCRATCH.toAbsolutePath().resolve("escape").toString(), outside);
		assertDirectoryRefused("../../../etc", "must not contain '..'");
		assertDirectoryRefused("tricky/../../main", "must not contain '..'");
		assertDirectoryRefused("no-such-folder", "names no directory inside the allowed ones");
		assertDirectoryRefused("tricky/title.basics.tsv", "names no directory inside the allowed ones");
		// NUL never reaches the path check: every JSON string holding it is refused as it
		// is read.
		MvcTestResult nul = this.mvc.post()
			.uri("/api/v1/admin/imports")
			.header(HttpHeaders.AUTHORIZATION, this.admin)
			.header("X-Request-Id", "import-400")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"directory\":\"tricky\\u0000\"}")
			.exchange();
		assertThat(nul).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		JSONAssert.assertEquals(
				"""
						{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
						 "detail":"The request body has 1 invalid field: directory","instance":"/api/v1/admin/imports",
						 "code":"invalid-body","correlationId":"import-400",
						 "errors":[{"name":"directory","in":"body","message":"must not contain the NUL character (U+0000)"}]}""",
				body(nul), JSONCompareMode.STRICT);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM import_job WHERE directory LIKE '%etc%'", Long.class))
			.isZero();
	}

	@Test
	void refusesFilesThatAreNotWhatTheirNamesSayBeforeAcceptingTheJob() throws Exception {
		long jobsBefore = this.jdbc.queryForObject("SELECT count(*) FROM import_job", Long.class);
		MvcTestResult wrongHeader = this.mvc.post()
			.uri("/api/v1/admin/imports")
			.multipart()
			.file(new MockMultipartFile("files", "title.basics.tsv", "text/tab-separated-values",
					"tconst\taverageRating\tnumVotes\ntt7400001\t7.0\t12\n".getBytes(StandardCharsets.UTF_8)))
			.header(HttpHeaders.AUTHORIZATION, this.admin)
			.header("X-Request-Id", "import-422")
			.exchange();
		MvcTestResult wrongName = this.mvc.post()
			.uri("/api/v1/admin/imports")
			.multipart()
			.file(new MockMultipartFile("files", "../../etc/passwd", "text/plain", new byte[] { 1 }))
			.header(HttpHeaders.AUTHORIZATION, this.admin)
			.header("X-Request-Id", "import-400")
			.exchange();
		MvcTestResult noFile = this.mvc.post()
			.uri("/api/v1/admin/imports")
			.multipart()
			.param("deleteMissing", "true")
			.header(HttpHeaders.AUTHORIZATION, this.admin)
			.header("X-Request-Id", "import-400")
			.exchange();
		MvcTestResult badFlag = this.mvc.post()
			.uri("/api/v1/admin/imports")
			.multipart()
			.file(part(TRICKY.resolve("title.basics.tsv")))
			.param("deleteMissing", "yes")
			.header(HttpHeaders.AUTHORIZATION, this.admin)
			.header("X-Request-Id", "import-400")
			.exchange();

		assertThat(wrongHeader).hasStatus(422).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		JSONAssert.assertEquals(
				"""
						{"type":"/problems/import-refused","title":"Import refused","status":422,
						 "detail":"Refused title.basics.tsv: its header is 'tconst\\\\taverageRating\\\\tnumVotes' but a title.basics file starts with 'tconst\\\\ttitleType\\\\tprimaryTitle\\\\toriginalTitle\\\\tisAdult\\\\tstartYear\\\\tendYear\\\\truntimeMinutes\\\\tgenres'. Is it the right file, or renamed?",
						 "instance":"/api/v1/admin/imports","code":"import-refused","correlationId":"import-422"}""",
				body(wrongHeader), JSONCompareMode.STRICT);
		assertBodyRefused(wrongName, "files",
				"'../../etc/passwd' is not the name of an IMDb dataset file (title.basics.tsv.gz, name.basics.tsv, ...)");
		assertBodyRefused(noFile, "files",
				"needs at least one IMDb dataset file (title.basics.tsv.gz, name.basics.tsv, ...)");
		assertBodyRefused(badFlag, "deleteMissing", "must be true or false");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM import_job", Long.class)).isEqualTo(jobsBefore);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM film WHERE imdb_id = 'tt7400001'", Long.class))
			.isZero();
		try (var left = Files.list(UPLOADS)) {
			assertThat(left).as("refused uploads left behind").isEmpty();
		}
	}

	@Test
	void answersUnknownJobsMalformedIdsAndNonAdminsWithProblems() throws Exception {
		assertProblem(
				this.mvc.get().uri("/api/v1/admin/imports/987654321").header(HttpHeaders.AUTHORIZATION, this.admin),
				"/api/v1/admin/imports/987654321", """
						"type":"/problems/not-found","title":"Resource not found","status":404,
						"detail":"No import job with id 987654321","code":"not-found\"""");
		assertProblem(this.mvc.get().uri("/api/v1/admin/imports/seven").header(HttpHeaders.AUTHORIZATION, this.admin),
				"/api/v1/admin/imports/seven", """
						"type":"/problems/invalid-parameter","title":"Invalid request parameter","status":400,
						"detail":"id must be a valid integer","code":"invalid-parameter",
						"errors":[{"name":"id","in":"path","message":"must be a valid integer"}]""");
		assertProblem(this.mvc.get()
			.uri("/api/v1/admin/imports")
			.header(HttpHeaders.AUTHORIZATION, TestKeys.reader(this.keys)), "/api/v1/admin/imports", """
					"type":"/problems/forbidden","title":"Not allowed","status":403,
					"detail":"Your API key's role does not allow GET here",
					"code":"forbidden\"""");
		assertProblem(
				this.mvc.post().uri("/api/v1/admin/imports").contentType(MediaType.APPLICATION_JSON).content("{}"),
				"/api/v1/admin/imports", """
						"type":"/problems/unauthorized","title":"Authentication required","status":401,
						"detail":"POST needs an API key with the admin role, sent as 'Authorization: Bearer <key>'",
						"code":"unauthorized\"""");
		assertProblem(
				this.mvc.post()
					.uri("/api/v1/admin/imports")
					.header(HttpHeaders.AUTHORIZATION, this.admin)
					.contentType(MediaType.TEXT_PLAIN)
					.content("tricky"),
				"/api/v1/admin/imports",
				"""
						"type":"/problems/unsupported-media-type","title":"Unsupported media type","status":415,
						"detail":"Content-Type text/plain is not accepted here; send application/json or multipart/form-data","code":"unsupported-media-type\"""");
		assertProblem(this.mvc.post()
			.uri("/api/v1/admin/imports")
			.header(HttpHeaders.AUTHORIZATION, this.admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"directory\":\"tricky\",\"path\":\"/etc\"}"), "/api/v1/admin/imports", """
					"type":"/problems/invalid-body","title":"Invalid request body","status":400,
					"detail":"The request body has 1 invalid field: path","code":"invalid-body",
					"errors":[{"name":"path","in":"body","message":"is not a field of this body"}]""");
	}

	@Test
	void aJobLeftRunningByAServerThatDiedShowsAsFailedOnTheNextStart() throws Exception {
		long id = this.jdbc.queryForObject("""
				INSERT INTO import_job (state, source, directory, delete_missing, progress, started_at)
				VALUES ('running', 'directory', 'tricky', false,
				    '{"files":[],"phases":[],"rejects":[]}', now()) RETURNING id""", Long.class);

		this.jobs.failInterruptedJobs(); // what a starting server does

		MvcTestResult job = this.mvc.get()
			.uri("/api/v1/admin/imports/" + id)
			.header(HttpHeaders.AUTHORIZATION, this.admin)
			.exchange();
		JSONAssert.assertEquals(
				"""
						{"id":0,"state":"failed","source":"directory","directory":"tricky","deleteMissing":false,
						 "files":[],"phases":[],"counts":{"lines":0,"loaded":0,"rejected":0},"rejects":[],
						 "error":"Interrupted: the server stopped while this import was queued or running. Start it again: it ends where an uninterrupted import would have.",
						 "createdAt":"","startedAt":"","finishedAt":""}""",
				body(job), JOB);
		MvcTestResult list = this.mvc.get()
			.uri("/api/v1/admin/imports")
			.header(HttpHeaders.AUTHORIZATION, this.admin)
			.exchange();
		assertThat(list).hasStatusOk().hasHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		assertThat(body(list)).startsWith("[{\"id\":" + id + ",\"state\":\"failed\"");
	}

	private void assertDirectoryRefused(String directory, String message) throws Exception {
		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/admin/imports")
			.header(HttpHeaders.AUTHORIZATION, this.admin)
			.header("X-Request-Id", "import-400")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"directory\":"
					+ tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(directory) + "}")
			.exchange();
		assertBodyRefused(result, "directory", message);
	}

	private static void assertBodyRefused(MvcTestResult result, String field, String message) throws Exception {
		assertThat(result).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		String json = tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(message);
		JSONAssert.assertEquals("""
				{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
				 "detail":%s,"instance":"/api/v1/admin/imports","code":"invalid-body","correlationId":"import-400",
				 "errors":[{"name":"%s","in":"body","message":%s}]}""".formatted(
				tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(field + " " + message),
				field, json), body(result), JSONCompareMode.STRICT);
	}

	private void assertProblem(org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder request,
			String instance, String members) throws Exception {
		MvcTestResult result = request.header("X-Request-Id", "import-problem").exchange();
		assertThat(result).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		JSONAssert.assertEquals(
				"{" + members + ",\"instance\":\"" + instance + "\",\"correlationId\":\"import-problem\"}",
				body(result), JSONCompareMode.STRICT);
	}

	private String awaitEnd(long id) throws Exception {
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
			String state = this.jdbc.queryForObject("SELECT state FROM import_job WHERE id = ?", String.class, id);
			return state.equals("succeeded") || state.equals("failed");
		});
		MvcTestResult job = this.mvc.get()
			.uri("/api/v1/admin/imports/" + id)
			.header(HttpHeaders.AUTHORIZATION, this.admin)
			.exchange();
		assertThat(job).hasStatusOk().hasHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		return body(job);
	}

	private static String body(MvcTestResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static MockMultipartFile part(Path file) {
		try {
			return new MockMultipartFile("files", file.getFileName().toString(), "text/tab-separated-values",
					Files.readAllBytes(file));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static String waiting() {
		return String.join(",", file("name.basics.tsv", 0), file("title.basics.tsv", 0), file("title.episode.tsv", 0),
				file("title.ratings.tsv", 0), file("title.akas.tsv", 0), file("title.crew.tsv", 0),
				file("title.principals.tsv", 0));
	}

	private static String file(String name, long ignored) {
		try {
			return """
					{"file":"%s","dataset":"%s","state":"waiting","bytes":%d,"bytesRead":0,"rows":0,"totalRows":null,
					 "rowsPerSecond":0,"loaded":null,"rejected":null}""".formatted(name,
					name.substring(0, name.indexOf(".tsv")), Files.size(TRICKY.resolve(name)));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/**
	 * The tricky fixture imported: %1$s the source, %2$s the directory (JSON).
	 */
	private static final String TRICKY_JOB = """
			{"id":0,"state":"succeeded","source":"%1$s","directory":%2$s,"deleteMissing":false,
			 "files":[
			  {"file":"name.basics.tsv","dataset":"name.basics","state":"read","bytes":339,"bytesRead":339,"rows":5,"totalRows":5,"rowsPerSecond":0,"loaded":3,"rejected":2},
			  {"file":"title.basics.tsv","dataset":"title.basics","state":"read","bytes":503,"bytesRead":503,"rows":7,"totalRows":7,"rowsPerSecond":0,"loaded":4,"rejected":3},
			  {"file":"title.episode.tsv","dataset":"title.episode","state":"read","bytes":95,"bytesRead":95,"rows":2,"totalRows":2,"rowsPerSecond":0,"loaded":2,"rejected":0},
			  {"file":"title.ratings.tsv","dataset":"title.ratings","state":"read","bytes":104,"bytesRead":104,"rows":4,"totalRows":4,"rowsPerSecond":0,"loaded":3,"rejected":1},
			  {"file":"title.akas.tsv","dataset":"title.akas","state":"read","bytes":340,"bytesRead":340,"rows":5,"totalRows":5,"rowsPerSecond":0,"loaded":4,"rejected":1},
			  {"file":"title.crew.tsv","dataset":"title.crew","state":"read","bytes":81,"bytesRead":81,"rows":2,"totalRows":2,"rowsPerSecond":0,"loaded":2,"rejected":0},
			  {"file":"title.principals.tsv","dataset":"title.principals","state":"read","bytes":408,"bytesRead":408,"rows":8,"totalRows":8,"rowsPerSecond":0,"loaded":7,"rejected":1}],
			 "phases":[
			  {"name":"changes since the last import: staging every line, no baseline: a first import, or the last one did not end","state":"done","counts":{},"seconds":0},
			  {"name":"people","state":"done","counts":{"staged":3,"duplicates":0,"inserted":3,"updated":0,"unchanged":0},"seconds":0},
			  {"name":"films","state":"done","counts":{"staged":4,"duplicates":0,"inserted":4,"updated":0,"unchanged":0},"seconds":0},
			  {"name":"episodes","state":"done","counts":{"staged":2,"duplicates":0,"updated":1,"unknown episode titles":1,"unknown series titles":0,"cleared":0},"seconds":0},
			  {"name":"ratings","state":"done","counts":{"staged":3,"duplicates":0,"updated":2,"unknown titles":1,"cleared":0},"seconds":0},
			  {"name":"alternate titles","state":"done","counts":{"staged":4,"duplicates":0,"unknown titles":1,"films replaced":1,"films unchanged":3,"rows updated":0,"rows deleted":0,"rows inserted":3},"seconds":0},
			  {"name":"cast","state":"done","counts":{"staged":7,"duplicates":0,"unknown titles":0,"unknown people":1,"films replaced":2,"films unchanged":2,"rows updated":0,"rows deleted":0,"rows inserted":3},"seconds":0},
			  {"name":"crew","state":"done","counts":{"staged":2,"duplicates":0,"unknown titles":0,"unknown people":1,"films replaced":1,"films unchanged":3,"rows updated":0,"rows deleted":0,"rows inserted":3},"seconds":0},
			  {"name":"film versions","state":"done","counts":{"raised":0},"seconds":0},
			  {"name":"titles absent from the snapshot (kept)","state":"done","counts":{"kept":0},"seconds":0},
			  {"name":"people absent from the snapshot (kept)","state":"done","counts":{"kept":0},"seconds":0}],
			 "counts":{"lines":33,"loaded":25,"rejected":8},
			 "rejects":[
			  {"file":"name.basics.tsv","line":5,"reason":"birthYear '19x0' is not a whole number","text":"nm7900004\\tBroken Year\\t19x0\\t\\\\N\\tactor\\t\\\\N"},
			  {"file":"name.basics.tsv","line":6,"reason":"expected 6 columns, found 5","text":"nm7900005\\tToo Few Columns\\t\\\\N\\t\\\\N\\tactor"},
			  {"file":"title.basics.tsv","line":5,"reason":"isAdult '2' is not 0 or 1","text":"tt7900004\\tmovie\\tAdult Flag Wrong\\t\\\\N\\t2\\t2001\\t\\\\N\\t\\\\N\\t\\\\N"},
			  {"file":"title.basics.tsv","line":6,"reason":"tconst 'tt79x' is not an id like tt0000001","text":"tt79x\\tmovie\\tBad Id\\t\\\\N\\t0\\t\\\\N\\t\\\\N\\t\\\\N\\t\\\\N"},
			  {"file":"title.basics.tsv","line":7,"reason":"unknown titleType 'podcast'","text":"tt7900005\\tpodcast\\tUnknown Type\\t\\\\N\\t0\\t\\\\N\\t\\\\N\\t\\\\N\\t\\\\N"},
			  {"file":"title.ratings.tsv","line":5,"reason":"averageRating 'eleven' is not a number like 7.9","text":"tt7900003\\televen\\t5"},
			  {"file":"title.akas.tsv","line":6,"reason":"ordering 'x' is not a whole number","text":"tt7900001\\tx\\tBad Ordering\\tUS\\t\\\\N\\t\\\\N\\t\\\\N\\t0"},
			  {"file":"title.principals.tsv","line":8,"reason":"characters [\\"Broken is not valid JSON","text":"tt7900001\\t7\\tnm7900001\\tactor\\t\\\\N\\t[\\"Broken"}],
			 "error":null,"createdAt":"","startedAt":"","finishedAt":""}""";

}
