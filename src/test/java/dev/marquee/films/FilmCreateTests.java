package dev.marquee.films;

import dev.marquee.MarqueeTest;
import dev.marquee.apikey.ApiKeys;
import dev.marquee.testdata.AdminCalls;
import dev.marquee.testdata.TestIds;
import dev.marquee.testdata.TestKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.marquee.testdata.AdminCalls.assertProblem;
import static dev.marquee.testdata.AdminCalls.body;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * POST /api/v1/films: a film from its own fields, and every refusal. Each test creates a
 * film of its own.
 */
@MarqueeTest
class FilmCreateTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApiKeys keys;

	@Autowired
	JdbcTemplate jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	private AdminCalls admin;

	private final String film = TestIds.film();

	@BeforeEach
	void issueAdminKey() {
		this.admin = new AdminCalls(this.mvc, TestKeys.admin(this.keys), "fc");
	}

	@AfterEach
	void deleteFilms() {
		this.jdbc.update("delete from film where imdb_id = ?", this.film);
	}

	@Test
	void createsAFilmFromItsOwnFieldsWithLocationETagAndAChangeRecord() throws Exception {
		MvcTestResult result = this.admin.post("/api/v1/films",
				"""
						{"imdbId":"%1$s","title":"Brand New","type":"movie","releaseYear":2024,"runtimeMinutes":95,
						 "genres":["Drama"],"countries":["FR"],"languages":["fr"],"technicalSpecs":{"color":"Color","soundMixes":[]},
						 "officialSites":[{"label":"Official","url":"https://example.org/brand-new"}],
						 "externalIds":{"wikidata":"Q1"},"rating":{"average":7.5,"votes":10}}"""
					.formatted(this.film));

		long id = this.jdbc.queryForObject("select id from film where imdb_id = '" + this.film + "'", Long.class);
		assertThat(result).hasStatus(201)
			.hasHeader(HttpHeaders.LOCATION, "/api/v1/films/" + this.film)
			.hasHeader(HttpHeaders.ETAG, "\"0\"")
			.hasContentType(MediaType.APPLICATION_JSON);
		JSONAssert.assertEquals("""
				{"imdbId":"%1$s","title":"Brand New","originalTitle":null,"type":"movie","releaseYear":2024,
				 "endYear":null,"runtimeMinutes":95,"plot":null,"genres":["Drama"],"rating":{"average":7.5,"votes":10},
				 "countries":["FR"],"languages":["fr"],
				 "technicalSpecs":{"color":"Color","soundMixes":[],"aspectRatio":null},
				 "officialSites":[{"label":"Official","url":"https://example.org/brand-new"}],
				 "externalIds":{"tmdb":null,"wikidata":"Q1"},"adult":false}""".formatted(this.film),
				this.json.writeValueAsString(DemoFilmTests.withoutServerFields(this.json.readTree(body(result)))),
				JSONCompareMode.STRICT);
		assertThat(this.json.readTree(body(result)).get("id").asLong()).isEqualTo(id);
		assertThat(this.mvc.get().uri("/api/v1/films/" + this.film)).hasStatusOk().hasHeader(HttpHeaders.ETAG, "\"0\"");
		assertThat(this.jdbc.queryForList(
				"select action || ' ' || resource_type || ' ' || resource_key from change_event where resource_id = ?"
						+ " and resource_type = 'film' order by id",
				String.class, id))
			.containsExactly("create film " + this.film);
	}

	@Test
	void aFilmWithATakenImdbIdIsAConflictNamingIt() {
		this.admin.post("/api/v1/films", "{\"imdbId\":\"" + this.film + "\",\"title\":\"First\",\"type\":\"movie\"}");

		MvcTestResult second = this.admin.post("/api/v1/films",
				"{\"imdbId\":\"" + this.film + "\",\"title\":\"Second\",\"type\":\"short\"}");

		assertProblem(second, 409,
				"""
						{"type":"/problems/conflict","title":"Conflict","status":409,
						 "detail":"There is already a film with IMDb id %1$s (/api/v1/films/%1$s); change that one or choose another key",
						 "instance":"/api/v1/films","code":"conflict","correlationId":"fc"}"""
					.formatted(this.film));
		assertThat(this.jdbc.queryForObject("select title from film where imdb_id = '" + this.film + "'", String.class))
			.isEqualTo("First");
	}

	@Test
	void everyMissingInvalidUnknownAndReadOnlyFieldIsNamed() {
		MvcTestResult invalid = this.admin.post("/api/v1/films", """
				{"imdbId":"nm9008003","title":" ","releaseYear":1700,"countries":["france"],
				 "rating":{"average":0,"votes":0}}""");
		MvcTestResult unknown = this.admin.post("/api/v1/films", """
				{"imdbId":"%1$s","title":"T","type":"movie","id":5,"version":1,"cast":[],"updatedAt":"x"}"""
			.formatted(this.film));

		assertProblem(invalid, 400,
				"""
						{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
						 "detail":"The request body has 6 invalid fields: countries[0], imdbId, rating.average, releaseYear, title, type",
						 "instance":"/api/v1/films","code":"invalid-body","correlationId":"fc",
						 "errors":[{"name":"countries[0]","in":"body","message":"must match \\"[A-Z]{2}\\""},
						           {"name":"imdbId","in":"body","message":"must match \\"tt[0-9]{7,10}\\""},
						           {"name":"rating.average","in":"body","message":"must be greater than or equal to 1"},
						           {"name":"releaseYear","in":"body","message":"must be greater than or equal to 1870"},
						           {"name":"title","in":"body","message":"must not be blank"},
						           {"name":"type","in":"body","message":"must not be null"}]}""");
		assertProblem(unknown, 400, """
				{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
				 "detail":"The request body has 4 invalid fields: cast, id, updatedAt, version",
				 "instance":"/api/v1/films","code":"invalid-body","correlationId":"fc",
				 "errors":[{"name":"cast","in":"body","message":"is not a field of this body"},
				           {"name":"id","in":"body","message":"is read-only: the server assigns it"},
				           {"name":"updatedAt","in":"body","message":"is read-only: the server assigns it"},
				           {"name":"version","in":"body","message":"is read-only: the server assigns it"}]}""");
		assertThat(this.jdbc.queryForObject("select count(*) from film where imdb_id = ?", Integer.class, this.film))
			.isZero();
	}

	@Test
	void onlyJsonIsTaken() {
		MvcTestResult result = this.admin.request(HttpMethod.POST, "/api/v1/films", null)
			.contentType(MediaType.TEXT_PLAIN)
			.content(this.film)
			.exchange();

		assertProblem(result, 415, """
				{"type":"/problems/unsupported-media-type","title":"Unsupported media type","status":415,
				 "detail":"Content-Type text/plain is not accepted here; send application/json",
				 "instance":"/api/v1/films","code":"unsupported-media-type","correlationId":"fc"}""");
	}

	@Test
	void aRetryWithTheSameIdempotencyKeyGetsTheFirstAnswerAndCreatesOnce() {
		String body = "{\"imdbId\":\"" + this.film + "\",\"title\":\"Once\",\"type\":\"movie\"}";

		MvcTestResult first = this.admin.request(HttpMethod.POST, "/api/v1/films", null)
			.header("Idempotency-Key", "film-create-8005")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
		MvcTestResult retry = this.admin.request(HttpMethod.POST, "/api/v1/films", null)
			.header("Idempotency-Key", "film-create-8005")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();

		assertThat(first).hasStatus(201).doesNotContainHeader("Idempotent-Replayed");
		assertThat(retry).hasStatus(201)
			.hasHeader("Idempotent-Replayed", "true")
			.hasHeader(HttpHeaders.LOCATION, "/api/v1/films/" + this.film)
			.hasHeader(HttpHeaders.ETAG, "\"0\"");
		assertThat(body(retry)).isEqualTo(body(first));
		assertThat(this.jdbc.queryForObject("select count(*) from film where imdb_id = '" + this.film + "'",
				Integer.class))
			.isOne();
	}

	@Test
	void creatingNeedsAnAdminKey() {
		String body = "{\"imdbId\":\"" + this.film + "\",\"title\":\"Nope\",\"type\":\"movie\"}";

		MvcTestResult anonymous = this.admin.as("").post("/api/v1/films", body);
		MvcTestResult reader = this.admin.as(TestKeys.reader(this.keys)).post("/api/v1/films", body);

		assertProblem(anonymous, 401, """
				{"type":"/problems/unauthorized","title":"Authentication required","status":401,
				 "detail":"POST needs an API key with the admin role, sent as 'Authorization: Bearer <key>'",
				 "instance":"/api/v1/films","code":"unauthorized","correlationId":"fc"}""");
		assertProblem(reader, 403, """
				{"type":"/problems/forbidden","title":"Not allowed","status":403,
				 "detail":"Your API key's role does not allow POST here",
				 "instance":"/api/v1/films","code":"forbidden","correlationId":"fc"}""");
	}

}
