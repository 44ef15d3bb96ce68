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
import dev.marquee.testdata.TestKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
 * and every refusal. Films here are numbered 6000 and up ({@code tt9006001}, …).
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
	void theFilmAloneAnswersItsVersionAsETagAndATitlePageItsBodyHash() {
		store(6001, "Tagged");
		String etag = etag(6001);

		MvcTestResult plain = this.mvc.get().uri("/api/v1/films/tt9006001").exchange();
		MvcTestResult all = this.mvc.get().uri("/api/v1/films/tt9006001?include=all").exchange();
		MvcTestResult cached = this.mvc.get()
			.uri("/api/v1/films/tt9006001")
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.exchange();

		assertThat(plain).hasStatusOk().hasHeader(HttpHeaders.ETAG, etag);
		assertThat(all).hasStatusOk();
		assertThat(all.getResponse().getHeader(HttpHeaders.ETAG)).matches("\"[0-9a-f]{33}\"");
		assertThat(cached).hasStatus(304);
		assertThat(cached.getResponse().getHeader(HttpHeaders.ETAG)).isEqualTo(etag);
	}

	@Test
	void patchChangesTheNamedFieldsRemovesNullsKeepsTheRestAndGivesANewVersion() throws Exception {
		this.documents.upsert(FilmDocumentBuilder.film(6002, "Before")
			.year(2001)
			.genres("Drama", "Music")
			.countries("FR")
			.rating("7.5", 100)
			.externalIds(42, "Q42")
			.build());
		String etag = etag(6002);

		MvcTestResult result = patch("/api/v1/films/tt9006002", etag, """
				{"title":"After","releaseYear":null,"genres":["Comedy"],"plot":"A plot.",
				 "technicalSpecs":{"color":"Black and White"},"externalIds":{"wikidata":null},"adult":true}""");

		assertThat(result).hasStatusOk().hasHeader(HttpHeaders.ETAG, etag(6002));
		assertThat(etag(6002)).isNotEqualTo(etag);
		JSONAssert.assertEquals("""
				{"imdbId":"tt9006002","title":"After","originalTitle":"Before","type":"movie","releaseYear":null,
				 "endYear":null,"runtimeMinutes":100,"plot":"A plot.","genres":["Comedy"],
				 "rating":{"average":7.5,"votes":100},"countries":["FR"],"languages":[],
				 "technicalSpecs":{"color":"Black and White","soundMixes":[],"aspectRatio":null},"officialSites":[],
				 "externalIds":{"tmdb":42,"wikidata":null},"adult":true}""", stripped(result), JSONCompareMode.STRICT);
		assertThat(body(result)).contains("\"version\":" + version(6002));
	}

	@Test
	void patchNeedsIfMatch() {
		store(6003, "Unconditional");

		MvcTestResult result = this.mvc.patch()
			.uri("/api/v1/films/tt9006003")
			.header(HttpHeaders.AUTHORIZATION, this.admin)
			.header("X-Request-Id", "fw-428")
			.contentType(MERGE_PATCH)
			.content("{\"title\":\"Lost\"}")
			.exchange();

		assertProblem(result, 428,
				"""
						{"type":"/problems/precondition-required","title":"Precondition required","status":428,
						 "detail":"Send If-Match with the ETag of film tt9006003 as you read it (currently %s), so that no edit is lost",
						 "instance":"/api/v1/films/tt9006003","code":"precondition-required","correlationId":"fw-428"}"""
					.formatted(etag(6003).replace("\"", "\\\"")));
	}

	@Test
	void patchWithAStaleIfMatchIsRefusedAndWritesNothing() {
		store(6004, "Stale");
		long version = version(6004);

		MvcTestResult result = patch("/api/v1/films/tt9006004", "\"" + (version - 1) + "\"", "{\"title\":\"Lost\"}");

		assertProblem(result, 412,
				"""
						{"type":"/problems/precondition-failed","title":"Precondition failed","status":412,
						 "detail":"If-Match does not hold: film tt9006004 has changed since it was read (its ETag is now \\"%d\\")",
						 "instance":"/api/v1/films/tt9006004","code":"precondition-failed","correlationId":"fw"}"""
					.formatted(version));
		assertThat(version(6004)).isEqualTo(version);
	}

	@Test
	void patchRefusesIdsVersionsTimestampsSectionsAndUnknownFieldsEachNamed() {
		store(6005, "Guarded");

		MvcTestResult result = patch("/api/v1/films/tt9006005", etag(6005), """
				{"id":1,"version":2,"createdAt":"2020-01-01T00:00:00Z","cast":[],"bloopers":true,
				 "rating":{"updatedAt":"2020-01-01T00:00:00Z"}}""");

		assertProblem(result, 400,
				"""
						{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
						 "detail":"The request body has 6 invalid fields: bloopers, cast, createdAt, id, rating.updatedAt, version",
						 "instance":"/api/v1/films/tt9006005","code":"invalid-body","correlationId":"fw",
						 "errors":[{"name":"bloopers","in":"body","message":"is not a field of this body"},
						           {"name":"cast","in":"body","message":"is not a field of this body"},
						           {"name":"createdAt","in":"body","message":"is read-only: the server assigns it"},
						           {"name":"id","in":"body","message":"is read-only: the server assigns it"},
						           {"name":"rating.updatedAt","in":"body","message":"is read-only: the server assigns it"},
						           {"name":"version","in":"body","message":"is read-only: the server assigns it"}]}""");
	}

	@Test
	void patchListsEveryFieldBreakingAConstraint() {
		store(6006, "Constrained");

		MvcTestResult result = patch("/api/v1/films/tt9006006", etag(6006), """
				{"title":"","type":null,"countries":["usa"],"rating":{"average":11}}""");

		assertProblem(result, 400, """
				{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
				 "detail":"The request body has 4 invalid fields: countries[0], rating.average, title, type",
				 "instance":"/api/v1/films/tt9006006","code":"invalid-body","correlationId":"fw",
				 "errors":[{"name":"countries[0]","in":"body","message":"must match \\"[A-Z]{2}\\""},
				           {"name":"rating.average","in":"body","message":"must be less than or equal to 10"},
				           {"name":"title","in":"body","message":"must not be blank"},
				           {"name":"type","in":"body","message":"must not be null"}]}""");
	}

	@Test
	void patchNamesAFieldOfTheWrongType() {
		store(6007, "Typed");

		MvcTestResult result = patch("/api/v1/films/tt9006007", etag(6007), "{\"releaseYear\":\"soon\"}");

		assertProblem(result, 400, """
				{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
				 "detail":"The request body has 1 invalid field: releaseYear",
				 "instance":"/api/v1/films/tt9006007","code":"invalid-body","correlationId":"fw",
				 "errors":[{"name":"releaseYear","in":"body","message":"must be a number"}]}""");
	}

	@Test
	void patchTakesOnlyMergePatchJson() {
		store(6008, "Media");

		MvcTestResult result = this.mvc.patch()
			.uri("/api/v1/films/tt9006008")
			.header(HttpHeaders.AUTHORIZATION, this.admin)
			.header(HttpHeaders.IF_MATCH, etag(6008))
			.header("X-Request-Id", "fw-415")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"Lost\"}")
			.exchange();

		assertProblem(result, 415, """
				{"type":"/problems/unsupported-media-type","title":"Unsupported media type","status":415,
				 "detail":"The request body's Content-Type is not one the operation accepts.",
				 "instance":"/api/v1/films/tt9006008","code":"unsupported-media-type","correlationId":"fw-415"}""");
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
		MvcTestResult result = patch("/api/v1/films/tt9006999", "\"1\"", "{}");

		assertProblem(result, 404, """
				{"type":"/problems/not-found","title":"Resource not found","status":404,
				 "detail":"No film with id 'tt9006999'","instance":"/api/v1/films/tt9006999",
				 "code":"not-found","correlationId":"fw"}""");
	}

	@Test
	void deleteNeedsTheCurrentVersionAndRemovesTheFilmWithItsSectionsNotItsPeople() {
		this.documents.upsert(FilmDocumentBuilder.film(6010, "Doomed")
			.actor("nm9006010", "Stays Put", "Someone")
			.trivia("Gone soon", false)
			.build());
		String etag = etag(6010);

		MvcTestResult unconditional = this.mvc.delete()
			.uri("/api/v1/films/tt9006010")
			.header(HttpHeaders.AUTHORIZATION, this.admin)
			.exchange();
		MvcTestResult stale = delete("/api/v1/films/tt9006010", "\"999\"");
		MvcTestResult deleted = delete("/api/v1/films/tt9006010", etag);

		assertThat(unconditional).hasStatus(428);
		assertThat(stale).hasStatus(412);
		assertThat(deleted).hasStatus(204);
		assertThat(deleted.getResponse().getContentAsByteArray()).isEmpty();
		assertThat(this.mvc.get().uri("/api/v1/films/tt9006010").exchange()).hasStatus(404);
		assertThat(this.jdbc.queryForObject("select count(*) from trivia where text = 'Gone soon'", Integer.class))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from person where imdb_id = 'nm9006010'", Integer.class))
			.isOne();
	}

	@Test
	void ofFiftyConcurrentPatchesWithTheSameIfMatchExactlyOneWins() throws Exception {
		store(6020, "Contended");
		String etag = etag(6020);
		int writers = 50;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService executor = Executors.newFixedThreadPool(writers);
		try {
			List<Future<Integer>> statuses = new ArrayList<>();
			for (int i = 0; i < writers; i++) {
				String body = "{\"title\":\"Writer " + i + "\"}";
				statuses.add(executor.submit(() -> {
					start.await();
					return patch("/api/v1/films/tt9006020", etag, body).getResponse().getStatus();
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
		assertThat(this.jdbc.queryForObject("select title from film where imdb_id = 'tt9006020'", String.class))
			.startsWith("Writer ");
	}

	@Test
	void theDemoFilmCanBeDeletedAndPutBackFromItsDocumentAndReadsTheSame() throws Exception {
		String before = titlePage("tt3783958");
		MvcTestResult document = this.mvc.get().uri("/api/v1/films/tt3783958/document").exchange();
		assertThat(document).hasStatusOk();

		MvcTestResult deleted = delete("/api/v1/films/tt3783958", document.getResponse().getHeader(HttpHeaders.ETAG));
		MvcTestResult gone = this.mvc.get().uri("/api/v1/films/tt3783958").exchange();
		MvcTestResult restored = this.mvc.put()
			.uri("/api/v1/films/tt3783958/document")
			.header(HttpHeaders.AUTHORIZATION, this.admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(document))
			.exchange();

		assertThat(deleted).hasStatus(204);
		assertThat(gone).hasStatus(404);
		assertThat(restored).hasStatus(201);
		JSONAssert.assertEquals(before, titlePage("tt3783958"), JSONCompareMode.STRICT);
		JSONAssert.assertEquals(DemoFilmTests.demoDocument(), body(restored), JSONCompareMode.STRICT);
	}

	private void store(int number, String title) {
		this.documents.upsert(FilmDocumentBuilder.film(number, title).build());
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
			.exchange();
	}

	private long version(int number) {
		return this.jdbc.queryForObject("select version from film where imdb_id = ?", Long.class,
				"tt%07d".formatted(9_000_000 + number));
	}

	private String etag(int number) {
		return "\"" + version(number) + "\"";
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
