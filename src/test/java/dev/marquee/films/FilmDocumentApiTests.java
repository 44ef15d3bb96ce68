package dev.marquee.films;

import java.nio.charset.StandardCharsets;

import dev.marquee.MarqueeTest;
import dev.marquee.apikey.ApiKeys;
import dev.marquee.testdata.FilmDocumentBuilder;
import dev.marquee.testdata.TestIds;
import dev.marquee.testdata.TestKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.marquee.testdata.AdminCalls.etag;
import static dev.marquee.testdata.AdminCalls.shownETag;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * GET and PUT of whole film documents: the shape, the upsert's 201/200, idempotence,
 * preconditions and every refusal.
 */
@MarqueeTest
class FilmDocumentApiTests {

	private static final String DEMO = "/api/v1/films/tt3783958/document";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApiKeys keys;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper appMapper;

	private final JsonMapper json = JsonMapper.builder().build();

	private String admin;

	private DemoCopy copy;

	@BeforeEach
	void issueAdminKey() {
		this.admin = TestKeys.admin(this.keys);
		this.copy = new DemoCopy(TestIds.film());
	}

	@AfterEach
	void deleteTheCopy() {
		this.jdbc.update("delete from film where imdb_id = ?", this.copy.imdbId());
	}

	@Test
	void documentIsTheDemoFileWithTheFilmsVersionAndWhatItShowsAsETag() throws Exception {
		MvcTestResult result = this.mvc.get().uri(DEMO).exchange();

		assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON);
		assertThat(result).satisfies(shownETag(demoVersion()));
		JSONAssert.assertEquals(demoDocumentWithItsPoster(), body(result), JSONCompareMode.STRICT);
	}

	/**
	 * The demo file with the poster the demo data uploads after it, which the document
	 * names by its file as the images resource lists it.
	 */
	private String demoDocumentWithItsPoster() throws Exception {
		ObjectNode expected = (ObjectNode) this.json.readTree(DemoFilmTests.demoDocument());
		ArrayNode images = expected.putArray("images");
		JsonNode listed = this.json.readTree(body(this.mvc.get().uri("/api/v1/films/tt3783958/images").exchange()))
			.get("items");
		assertThat(listed).hasSize(1);
		for (JsonNode image : listed) {
			ObjectNode named = images.addObject().put("file", image.get("sha256").asString());
			for (String field : new String[] { "kind", "language", "primary", "order", "width", "height", "sizes" }) {
				named.set(field, image.get(field));
			}
		}
		return this.json.writeValueAsString(expected);
	}

	@Test
	void puttingTheDocumentBackReplacesItLeavingTheSameStateAndANewVersion() throws Exception {
		String copy = this.copy.uri();
		assertThat(put(copy, this.copy.document())).hasStatus(201);
		String before = titlePage(this.copy.imdbId());
		long version = this.copy.version();

		MvcTestResult first = put(copy, this.copy.document());
		MvcTestResult second = put(copy, this.copy.document());

		assertThat(first).hasStatusOk();
		assertThat(second).hasStatusOk();
		assertThat(first.getResponse().getHeader(HttpHeaders.LOCATION)).isNull();
		assertThat(this.copy.version()).isGreaterThan(version);
		assertThat(second).satisfies(shownETag(this.copy.version()))
			.hasHeader(HttpHeaders.ETAG, etag(this.mvc.get().uri(copy).exchange()));
		// The answer holds every key: the demo file names no images, which is none.
		ObjectNode answered = (ObjectNode) this.json.readTree(this.copy.document());
		answered.putArray("images");
		JSONAssert.assertEquals(this.json.writeValueAsString(answered), body(second), JSONCompareMode.STRICT);
		JSONAssert.assertEquals(before, titlePage(this.copy.imdbId()), JSONCompareMode.STRICT);
		assertThat(
				this.jdbc.queryForObject("select count(*) from person where name = 'Damien Chazelle'", Integer.class))
			.isEqualTo(1);
	}

	@Test
	void firstPutCreatesTheFilmAndTheSecondReplacesIt() throws Exception {
		String film = TestIds.film();
		String document = this.appMapper
			.writeValueAsString(FilmDocumentBuilder.film(film, "Put Twice").actor(null, "Ada Doc", "Herself").build());

		MvcTestResult created = put("/api/v1/films/" + film + "/document", document);
		MvcTestResult replaced = put("/api/v1/films/" + film + "/document", document);

		assertThat(created).hasStatus(201).hasHeader(HttpHeaders.LOCATION, "/api/v1/films/" + film);
		assertThat(replaced).hasStatusOk();
		JSONAssert.assertEquals(body(created), body(replaced), JSONCompareMode.STRICT);
		assertThat(this.jdbc.queryForObject("select count(*) from person where name = 'Ada Doc'", Integer.class))
			.isEqualTo(1);
	}

	@Test
	void externalIdsNullMeansNone() throws Exception {
		ObjectNode document = (ObjectNode) this.json.readTree(this.copy.document());
		document.putNull("externalIds");

		MvcTestResult created = put(this.copy.uri(), this.json.writeValueAsString(document));

		assertThat(created).hasStatus(201);
		assertThat(this.json.readTree(body(created)).get("externalIds").toString())
			.isEqualTo("{\"tmdb\":null,\"wikidata\":null}");
	}

	@Test
	void ifMatchMustNameTheCurrentVersionAndIfNoneMatchStarCreatesOnly() throws Exception {
		assertThat(put(this.copy.uri(), this.copy.document())).hasStatus(201);
		long version = this.copy.version();
		MvcTestResult stale = this.mvc.put()
			.uri(this.copy.uri())
			.header(HttpHeaders.AUTHORIZATION, this.admin)
			.header(HttpHeaders.IF_MATCH, "\"" + (version - 1) + "\"")
			.header("X-Request-Id", "pf-1")
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.copy.document())
			.exchange();
		assertProblem(stale, 412,
				"""
						{"type":"/problems/precondition-failed","title":"Precondition failed","status":412,
						 "detail":"If-Match does not hold: film %1$s has changed since it was read (its ETag is now \\"%2$d\\")",
						 "instance":"/api/v1/films/%1$s/document","code":"precondition-failed","correlationId":"pf-1"}"""
					.formatted(this.copy.imdbId(), version));

		MvcTestResult createOnly = this.mvc.put()
			.uri(this.copy.uri())
			.header(HttpHeaders.AUTHORIZATION, this.admin)
			.header(HttpHeaders.IF_NONE_MATCH, "*")
			.header("X-Request-Id", "pf-2")
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.copy.document())
			.exchange();
		assertProblem(createOnly, 412, """
				{"type":"/problems/precondition-failed","title":"Precondition failed","status":412,
				 "detail":"If-None-Match: * asks to create only, but film %1$s exists (ETag \\"%2$d\\")",
				 "instance":"/api/v1/films/%1$s/document","code":"precondition-failed","correlationId":"pf-2"}"""
			.formatted(this.copy.imdbId(), version));
		assertThat(this.copy.version()).as("nothing written").isEqualTo(version);

		MvcTestResult current = this.mvc.put()
			.uri(this.copy.uri())
			.header(HttpHeaders.AUTHORIZATION, this.admin)
			.header(HttpHeaders.IF_MATCH, "\"" + version + "\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.copy.document())
			.exchange();
		assertThat(current).hasStatusOk();
	}

	@Test
	void aDocumentForAnotherFilmThanThePathIsRefused() throws Exception {
		MvcTestResult result = this.mvc.put()
			.uri("/api/v1/films/tt0000002/document")
			.header(HttpHeaders.AUTHORIZATION, this.admin)
			.header("X-Request-Id", "ib-path")
			.contentType(MediaType.APPLICATION_JSON)
			.content(DemoFilmTests.demoDocument())
			.exchange();

		assertProblem(result, 400, """
				{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
				 "detail":"The request body has 1 invalid field: imdbId",
				 "instance":"/api/v1/films/tt0000002/document","code":"invalid-body","correlationId":"ib-path",
				 "errors":[{"name":"imdbId","in":"body",
				   "message":"must equal the IMDb id in the path ('tt0000002'), not 'tt3783958'"}]}""");
	}

	@Test
	void unknownAndReadOnlyFieldsAreRefusedAtEveryDepth() throws Exception {
		ObjectNode document = (ObjectNode) this.json.readTree(DemoFilmTests.demoDocument());
		document.put("id", 1);
		document.put("bloopers", "none");
		((ObjectNode) document.get("cast").get(1)).put("version", 3);
		((ObjectNode) document.get("rating")).put("updatedAt", "2020-01-01T00:00:00Z");
		long version = demoVersion();

		MvcTestResult result = put(DEMO, this.json.writeValueAsString(document), "ib-ro");

		assertProblem(result, 400,
				"""
						{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
						 "detail":"The request body has 4 invalid fields: bloopers, cast[1].version, id, rating.updatedAt",
						 "instance":"/api/v1/films/tt3783958/document","code":"invalid-body","correlationId":"ib-ro",
						 "errors":[{"name":"bloopers","in":"body","message":"is not a field of this body"},
						           {"name":"cast[1].version","in":"body","message":"is read-only: the server assigns it"},
						           {"name":"id","in":"body","message":"is read-only: the server assigns it"},
						           {"name":"rating.updatedAt","in":"body","message":"is read-only: the server assigns it"}]}""");
		assertThat(demoVersion()).isEqualTo(version);
	}

	@Test
	void everyFieldBreakingAConstraintIsListed() throws Exception {
		ObjectNode document = (ObjectNode) this.json.readTree(DemoFilmTests.demoDocument());
		document.put("title", "");
		document.putArray("countries").add("usa");
		((ObjectNode) document.get("rating")).put("average", 11);

		MvcTestResult result = put(DEMO, this.json.writeValueAsString(document), "ib-bv");

		assertProblem(result, 400, """
				{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
				 "detail":"The request body has 3 invalid fields: countries[0], rating.average, title",
				 "instance":"/api/v1/films/tt3783958/document","code":"invalid-body","correlationId":"ib-bv",
				 "errors":[{"name":"countries[0]","in":"body","message":"must match \\"[A-Z]{2}\\""},
				           {"name":"rating.average","in":"body","message":"must be less than or equal to 10"},
				           {"name":"title","in":"body","message":"must not be blank"}]}""");
	}

	@Test
	void bodiesOverTheLimitAreRefused() {
		MvcTestResult result = this.mvc.put()
			.uri(DEMO)
			.header(HttpHeaders.AUTHORIZATION, this.admin)
			.header("X-Request-Id", "big")
			.contentType(MediaType.APPLICATION_JSON)
			.content(new byte[2 * 1024 * 1024 + 1])
			.exchange();

		assertProblem(result, 413, """
				{"type":"/problems/payload-too-large","title":"Payload too large","status":413,
				 "detail":"The request body is larger than the limit of 2097152 bytes",
				 "instance":"/api/v1/films/tt3783958/document","code":"payload-too-large","correlationId":"big"}""");
	}

	@Test
	void onlyJsonIsAccepted() {
		MvcTestResult result = this.mvc.put()
			.uri(DEMO)
			.header(HttpHeaders.AUTHORIZATION, this.admin)
			.header("X-Request-Id", "xml")
			.contentType(MediaType.APPLICATION_XML)
			.content("<film/>")
			.exchange();

		assertProblem(result, 415,
				"""
						{"type":"/problems/unsupported-media-type","title":"Unsupported media type","status":415,
						 "detail":"Content-Type application/xml is not accepted here; send application/json",
						 "instance":"/api/v1/films/tt3783958/document","code":"unsupported-media-type","correlationId":"xml"}""");
	}

	private MvcTestResult put(String uri, String body) {
		return put(uri, body, "put");
	}

	private MvcTestResult put(String uri, String body, String requestId) {
		return this.mvc.put()
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, this.admin)
			.header("X-Request-Id", requestId)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	private String titlePage(String imdbId) throws Exception {
		MvcTestResult result = this.mvc.get().uri("/api/v1/films/" + imdbId + "?include=all").exchange();
		JsonNode page = DemoFilmTests.withoutServerFields(this.json.readTree(body(result)));
		return this.json.writeValueAsString(page);
	}

	/**
	 * The demo film under an IMDb id of its own, for the tests that write a whole
	 * document: the demo film other tests read keeps its items and their ids.
	 */
	private final class DemoCopy {

		private final String imdbId;

		DemoCopy(String imdbId) {
			this.imdbId = imdbId;
		}

		String imdbId() {
			return this.imdbId;
		}

		String uri() {
			return "/api/v1/films/" + this.imdbId + "/document";
		}

		String document() throws Exception {
			return DemoFilmTests.demoDocumentAs(this.imdbId);
		}

		long version() {
			return FilmDocumentApiTests.this.jdbc.queryForObject("select version from film where imdb_id = ?",
					Long.class, this.imdbId);
		}

	}

	private long demoVersion() {
		return this.jdbc.queryForObject("select version from film where imdb_id = 'tt3783958'", Long.class);
	}

	private static String body(MvcTestResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static void assertProblem(MvcTestResult result, int status, String expectedJson) {
		assertThat(result).hasStatus(status).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().isStrictlyEqualTo(expectedJson);
	}

}
