package dev.marquee.films;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.marquee.MarqueeTest;
import dev.marquee.apikey.ApiKeys;
import dev.marquee.testdata.FilmDocumentBuilder;
import dev.marquee.testdata.TestFilms;
import dev.marquee.testdata.TestIds;
import dev.marquee.testdata.TestKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.json.JSONArray;
import org.json.JSONObject;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PATCH and DELETE of a film: merge-patch semantics, the version ETag that guards them,
 * and every refusal, each on a film of its own.
 */
@MarqueeTest
class FilmWriteTests {

	private static final MediaType MERGE_PATCH = MediaType.parseMediaType("application/merge-patch+json");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApiKeys keys;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FilmDocuments documents;

	private final JsonMapper json = JsonMapper.builder().build();

	private String admin;

	@BeforeEach
	void issueAdminKey() {
		this.admin = TestKeys.admin(this.keys);
	}

	@Test
	void theFilmAloneAnswersItsVersionAsETagAndATitlePageItsVersionAndADigest() {
		String film = store("Tagged");
		String etag = etag(film);

		MvcTestResult plain = this.mvc.get().uri("/api/v1/films/" + film).exchange();
		MvcTestResult all = this.mvc.get().uri("/api/v1/films/" + film + "?include=all").exchange();
		MvcTestResult cached = this.mvc.get()
			.uri("/api/v1/films/" + film)
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.exchange();

		assertThat(plain).hasStatusOk().hasHeader(HttpHeaders.ETAG, etag);
		assertThat(all).hasStatusOk();
		assertThat(all.getResponse().getHeader(HttpHeaders.ETAG))
			.matches(etag.substring(0, etag.length() - 1) + "\\.[0-9a-f]{16}\"");
		assertThat(cached).hasStatus(304);
		assertThat(cached.getResponse().getHeader(HttpHeaders.ETAG)).isEqualTo(etag);
	}

	@Test
	void patchChangesTheNamedFieldsRemovesNullsKeepsTheRestAndGivesANewVersion() throws Exception {
		String film = store(FilmDocumentBuilder.film("Before")
			.year(2001)
			.genres("Drama", "Music")
			.countries("FR")
			.rating("7.5", 100)
			.externalIds(42, "Q42"));
		String etag = etag(film);

		MvcTestResult result = patch("/api/v1/films/" + film, etag, """
				{"title":"After","releaseYear":null,"genres":["Comedy"],"plot":"A plot.",
				 "technicalSpecs":{"color":"Black and White"},"externalIds":{"wikidata":null},"adult":true}""");

		assertThat(result).hasStatusOk().hasHeader(HttpHeaders.ETAG, etag(film));
		assertThat(etag(film)).isNotEqualTo(etag);
		JSONAssert.assertEquals("""
				{"imdbId":"%s","title":"After","originalTitle":"Before","type":"movie","releaseYear":null,
				 "endYear":null,"runtimeMinutes":100,"plot":"A plot.","genres":["Comedy"],
				 "rating":{"average":7.5,"votes":100},"countries":["FR"],"languages":[],
				 "technicalSpecs":{"color":"Black and White","soundMixes":[],"aspectRatio":null},"officialSites":[],
				 "externalIds":{"tmdb":42,"wikidata":null},"adult":true}""".formatted(film), stripped(result),
				JSONCompareMode.STRICT);
		assertThat(body(result)).contains("\"version\":" + version(film));
	}

	@Test
	void patchNeedsIfMatch() {
		String film = store("Unconditional");

		MvcTestResult result = this.mvc.patch()
			.uri("/api/v1/films/" + film)
			.header(HttpHeaders.AUTHORIZATION, this.admin)
			.header("X-Request-Id", "fw-428")
			.contentType(MERGE_PATCH)
			.content("{\"title\":\"Lost\"}")
			.exchange();

		assertProblem(result, 428,
				"""
						{"type":"/problems/precondition-required","title":"Precondition required","status":428,
						 "detail":"Send If-Match with the ETag of film %1$s as you read it (currently %2$s), so that no edit is lost",
						 "instance":"/api/v1/films/%1$s","code":"precondition-required","correlationId":"fw-428"}"""
					.formatted(film, etag(film).replace("\"", "\\\"")));
	}

	@Test
	void patchWithAStaleIfMatchIsRefusedAndWritesNothing() {
		String film = store("Stale");
		long version = version(film);

		MvcTestResult result = patch("/api/v1/films/" + film, "\"" + (version - 1) + "\"", "{\"title\":\"Lost\"}");

		assertProblem(result, 412,
				"""
						{"type":"/problems/precondition-failed","title":"Precondition failed","status":412,
						 "detail":"If-Match does not hold: film %1$s has changed since it was read (its ETag is now \\"%2$d\\")",
						 "instance":"/api/v1/films/%1$s","code":"precondition-failed","correlationId":"fw"}"""
					.formatted(film, version));
		assertThat(version(film)).isEqualTo(version);
	}

	@Test
	void patchRefusesIdsVersionsTimestampsSectionsAndUnknownFieldsEachNamed() {
		String film = store("Guarded");

		MvcTestResult result = patch("/api/v1/films/" + film, etag(film), """
				{"id":1,"version":2,"createdAt":"2020-01-01T00:00:00Z","cast":[],"bloopers":true,
				 "rating":{"updatedAt":"2020-01-01T00:00:00Z"}}""");

		assertProblem(result, 400,
				"""
						{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
						 "detail":"The request body has 6 invalid fields: bloopers, cast, createdAt, id, rating.updatedAt, version",
						 "instance":"/api/v1/films/%s","code":"invalid-body","correlationId":"fw",
						 "errors":[{"name":"bloopers","in":"body","message":"is not a field of this body"},
						           {"name":"cast","in":"body","message":"is not a field of this body"},
						           {"name":"createdAt","in":"body","message":"is read-only: the server assigns it"},
						           {"name":"id","in":"body","message":"is read-only: the server assigns it"},
						           {"name":"rating.updatedAt","in":"body","message":"is read-only: the server assigns it"},
						           {"name":"version","in":"body","message":"is read-only: the server assigns it"}]}"""
					.formatted(film));
	}

	@Test
	void patchListsEveryFieldBreakingAConstraint() {
		String film = store("Constrained");

		MvcTestResult result = patch("/api/v1/films/" + film, etag(film), """
				{"title":"","type":null,"countries":["usa"],"rating":{"average":11}}""");

		assertProblem(result, 400, """
				{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
				 "detail":"The request body has 4 invalid fields: countries[0], rating.average, title, type",
				 "instance":"/api/v1/films/%s","code":"invalid-body","correlationId":"fw",
				 "errors":[{"name":"countries[0]","in":"body","message":"must match \\"[A-Z]{2}\\""},
				           {"name":"rating.average","in":"body","message":"must be less than or equal to 10"},
				           {"name":"title","in":"body","message":"must not be blank"},
				           {"name":"type","in":"body","message":"must not be null"}]}""".formatted(film));
	}

	@Test
	void patchNamesAFieldOfTheWrongType() {
		String film = store("Typed");

		MvcTestResult result = patch("/api/v1/films/" + film, etag(film), "{\"releaseYear\":\"soon\"}");

		assertProblem(result, 400, """
				{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
				 "detail":"The request body has 1 invalid field: releaseYear",
				 "instance":"/api/v1/films/%s","code":"invalid-body","correlationId":"fw",
				 "errors":[{"name":"releaseYear","in":"body","message":"must be a whole number"}]}""".formatted(film));
	}

	@Test
	void patchNamesUnknownMistypedAndConstraintBreakingFieldsInOneAnswerAndWritesNothing() {
		String film = store("Together");
		long version = version(film);

		MvcTestResult result = patch("/api/v1/films/" + film, etag(film), """
				{"titel":"Typo","releaseYear":"soon","runtimeMinutes":-5,"countries":["usa"]}""");

		assertProblem(result, 400,
				"""
						{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
						 "detail":"The request body has 4 invalid fields: countries[0], releaseYear, runtimeMinutes, titel",
						 "instance":"/api/v1/films/%s","code":"invalid-body","correlationId":"fw",
						 "errors":[{"name":"countries[0]","in":"body","message":"must match \\"[A-Z]{2}\\""},
						           {"name":"releaseYear","in":"body","message":"must be a whole number"},
						           {"name":"runtimeMinutes","in":"body","message":"must be greater than 0"},
						           {"name":"titel","in":"body","message":"is not a field of this body (did you mean 'title'?)"}]}"""
					.formatted(film));
		assertThat(version(film)).isEqualTo(version);
	}

	@Test
	void anIfMatchWithoutQuotesIsRefusedExplainingThem() {
		String film = store("Unquoted");

		MvcTestResult result = this.mvc.patch()
			.uri("/api/v1/films/" + film)
			.header(HttpHeaders.AUTHORIZATION, this.admin)
			.header(HttpHeaders.IF_MATCH, etag(film).replace("\"", ""))
			.header("X-Request-Id", "fw-unquoted")
			.contentType("application/merge-patch+json")
			.content("{\"title\":\"Kept\"}")
			.exchange();

		assertProblem(result, 400,
				"""
						{"type":"/problems/invalid-parameter","title":"Invalid request parameter","status":400,
						 "detail":"'%1$s' is not an ETag: send it back in double quotes, as the ETag header gives it (If-Match: \\"%1$s\\")",
						 "instance":"/api/v1/films/%2$s","code":"invalid-parameter","correlationId":"fw-unquoted",
						 "errors":[{"name":"If-Match","in":"header","message":"'%1$s' is not an ETag: send it back in double quotes, as the ETag header gives it (If-Match: \\"%1$s\\")"}]}"""
					.formatted(etag(film).replace("\"", ""), film));
	}

	@Test
	void patchTakesOnlyMergePatchJson() {
		String film = store("Media");

		MvcTestResult result = this.mvc.patch()
			.uri("/api/v1/films/" + film)
			.header(HttpHeaders.AUTHORIZATION, this.admin)
			.header(HttpHeaders.IF_MATCH, etag(film))
			.header("X-Request-Id", "fw-415")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"Lost\"}")
			.exchange();

		assertProblem(result, 415, """
				{"type":"/problems/unsupported-media-type","title":"Unsupported media type","status":415,
				 "detail":"Content-Type application/json is not accepted here; send application/merge-patch+json",
				 "instance":"/api/v1/films/%s","code":"unsupported-media-type","correlationId":"fw-415"}"""
			.formatted(film));
	}

	@Test
	void writesNeedAnAdminKey() {
		MvcTestResult anonymous = this.mvc.patch()
			.uri("/api/v1/films/tt3783958")
			.header("X-Request-Id", "fw-401")
			.header(HttpHeaders.IF_MATCH, "\"1\"")
			.contentType(MERGE_PATCH)
			.content("{}")
			.exchange();
		MvcTestResult reader = this.mvc.delete()
			.uri("/api/v1/films/tt3783958")
			.header(HttpHeaders.AUTHORIZATION, TestKeys.reader(this.keys))
			.header(HttpHeaders.IF_MATCH, "\"1\"")
			.header("X-Request-Id", "fw-403")
			.exchange();

		assertThat(anonymous).hasStatus(401).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(anonymous).bodyJson().extractingPath("$.code").isEqualTo("unauthorized");
		assertThat(anonymous).bodyJson().extractingPath("$.correlationId").isEqualTo("fw-401");
		assertThat(reader).hasStatus(403).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(reader).bodyJson().extractingPath("$.code").isEqualTo("forbidden");
	}

	@Test
	void writesOfAnUnknownFilmAreNotFound() {
		String film = TestIds.film();
		MvcTestResult result = patch("/api/v1/films/" + film, "\"1\"", "{}");

		assertProblem(result, 404, """
				{"type":"/problems/not-found","title":"Resource not found","status":404,
				 "detail":"No film with id '%1$s'","instance":"/api/v1/films/%1$s",
				 "code":"not-found","correlationId":"fw"}""".formatted(film));
	}

	@Test
	void deleteNeedsTheCurrentVersionAndRemovesTheFilmWithItsSectionsNotItsPeople() {
		String person = TestIds.person();
		String film = store(
				FilmDocumentBuilder.film("Doomed").actor(person, "Stays Put", "Someone").trivia("Gone soon", false));
		String etag = etag(film);
		long id = this.jdbc.queryForObject("select id from film where imdb_id = ?", Long.class, film);

		MvcTestResult unconditional = this.mvc.delete()
			.uri("/api/v1/films/" + film)
			.header(HttpHeaders.AUTHORIZATION, this.admin)
			.header("X-Request-Id", "fw")
			.exchange();
		MvcTestResult stale = delete("/api/v1/films/" + film, "\"999\"");
		MvcTestResult deleted = delete("/api/v1/films/" + film, etag);
		MvcTestResult gone = this.mvc.get().uri("/api/v1/films/" + film).header("X-Request-Id", "fw").exchange();

		assertProblem(unconditional, 428,
				"""
						{"type":"/problems/precondition-required","title":"Precondition required","status":428,
						 "detail":"Send If-Match with the ETag of film %1$s as you read it (currently %2$s), so that no edit is lost",
						 "instance":"/api/v1/films/%1$s","code":"precondition-required","correlationId":"fw"}"""
					.formatted(film, etag.replace("\"", "\\\"")));
		assertProblem(stale, 412, """
				{"type":"/problems/precondition-failed","title":"Precondition failed","status":412,
				 "detail":"If-Match does not hold: film %1$s has changed since it was read (its ETag is now %2$s)",
				 "instance":"/api/v1/films/%1$s","code":"precondition-failed","correlationId":"fw"}""".formatted(film,
				etag.replace("\"", "\\\"")));
		assertThat(deleted).hasStatus(204);
		assertThat(deleted.getResponse().getContentAsByteArray()).isEmpty();
		assertProblem(gone, 404, """
				{"type":"/problems/not-found","title":"Resource not found","status":404,
				 "detail":"No film with id '%1$s'","instance":"/api/v1/films/%1$s",
				 "code":"not-found","correlationId":"fw"}""".formatted(film));
		assertThat(this.jdbc.queryForObject("select count(*) from trivia where film_id = ?", Integer.class, id))
			.isZero();
		assertThat(
				this.jdbc.queryForObject("select count(*) from person where imdb_id = '" + person + "'", Integer.class))
			.isOne();
	}

	@Test
	void ofFiftyConcurrentPatchesWithTheSameIfMatchExactlyOneWins() throws Exception {
		String film = store("Contended");
		String etag = etag(film);
		int writers = 50;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService executor = Executors.newFixedThreadPool(writers);
		try {
			List<Future<Integer>> statuses = new ArrayList<>();
			for (int i = 0; i < writers; i++) {
				String body = "{\"title\":\"Writer " + i + "\"}";
				statuses.add(executor.submit(() -> {
					start.await();
					return patch("/api/v1/films/" + film, etag, body).getResponse().getStatus();
				}));
			}
			start.countDown();
			List<Integer> answers = new ArrayList<>();
			for (Future<Integer> status : statuses) {
				answers.add(status.get());
			}
			assertThat(answers).containsOnly(200, 412);
			assertThat(answers).filteredOn((status) -> status == 200).hasSize(1);
			assertThat(answers).filteredOn((status) -> status == 412).hasSize(writers - 1);
		}
		finally {
			executor.shutdownNow();
		}
		assertThat(this.jdbc.queryForObject("select title from film where imdb_id = '" + film + "'", String.class))
			.startsWith("Writer ");
	}

	/**
	 * On a copy of the demo film under an id of its own, so the demo film other tests
	 * read keeps its ids; the copy shares the demo's people and list, and is deleted at
	 * the end.
	 */
	@Test
	void theDemoFilmCanBeDeletedAndPutBackFromItsDocumentAndReadsTheSame() throws Exception {
		String film = TestIds.film();
		String demoCopy = DemoFilmTests.demoDocumentAs(film);
		MvcTestResult created = putDocument(film, demoCopy);
		try {
			String before = titlePage(film);
			MvcTestResult document = this.mvc.get().uri("/api/v1/films/" + film + "/document").exchange();
			assertThat(document).hasStatusOk();

			MvcTestResult deleted = delete("/api/v1/films/" + film, document.getResponse().getHeader(HttpHeaders.ETAG));
			MvcTestResult gone = this.mvc.get().uri("/api/v1/films/" + film).exchange();
			MvcTestResult restored = putDocument(film, body(document));

			assertThat(created).hasStatus(201);
			assertThat(deleted).hasStatus(204);
			assertThat(gone).hasStatus(404);
			assertThat(restored).hasStatus(201);
			JSONAssert.assertEquals(before, titlePage(film), JSONCompareMode.STRICT);
			// the demo's document file names no images; the answer lists the film's, none
			JSONObject expected = new JSONObject(demoCopy).put("images", new JSONArray());
			JSONAssert.assertEquals(expected.toString(), body(restored), JSONCompareMode.STRICT);
		}
		finally {
			this.jdbc.update("delete from film where imdb_id = ?", film);
		}
	}

	private MvcTestResult putDocument(String film, String document) {
		return this.mvc.put()
			.uri("/api/v1/films/" + film + "/document")
			.header(HttpHeaders.AUTHORIZATION, this.admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content(document)
			.exchange();
	}

	private String store(String title) {
		return store(FilmDocumentBuilder.film(title));
	}

	private String store(FilmDocumentBuilder film) {
		return new TestFilms(this.documents).create(film).imdbId();
	}

	private MvcTestResult patch(String uri, String ifMatch, String body) {
		return this.mvc.patch()
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, this.admin)
			.header(HttpHeaders.IF_MATCH, ifMatch)
			.header("X-Request-Id", "fw")
			.contentType(MERGE_PATCH)
			.content(body)
			.exchange();
	}

	private MvcTestResult delete(String uri, String ifMatch) {
		return this.mvc.delete()
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, this.admin)
			.header(HttpHeaders.IF_MATCH, ifMatch)
			.header("X-Request-Id", "fw")
			.exchange();
	}

	private long version(String film) {
		return this.jdbc.queryForObject("select version from film where imdb_id = ?", Long.class, film);
	}

	private String etag(String film) {
		return "\"" + version(film) + "\"";
	}

	private String titlePage(String imdbId) throws Exception {
		MvcTestResult result = this.mvc.get().uri("/api/v1/films/" + imdbId + "?include=all").exchange();
		return stripped(result);
	}

	private String stripped(MvcTestResult result) throws Exception {
		JsonNode page = DemoFilmTests.withoutServerFields(this.json.readTree(body(result)));
		return this.json.writeValueAsString(page);
	}

	private static String body(MvcTestResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static void assertProblem(MvcTestResult result, int status, String expectedJson) {
		assertThat(result).hasStatus(status).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().isStrictlyEqualTo(expectedJson);
	}

}
