package dev.marquee.boxoffice;

import dev.marquee.MarqueeTest;
import dev.marquee.apikey.ApiKeys;
import dev.marquee.testdata.FilmDocumentBuilder;
import dev.marquee.testdata.TestIds;
import dev.marquee.testdata.TestKeys;
import dev.marquee.films.FilmDocuments;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PUT of a film's box office figures: created, then replaced only against their version.
 * Each test has a film of its own.
 */
@MarqueeTest
class BoxOfficeWriteTests {

	private static final String FIRST = """
			{"budget":{"amount":30000000,"currency":"USD"},"budgetEstimated":true,"grossDomestic":null,
			 "openingWeekendDomestic":null,"openingWeekendDate":null,"grossWorldwide":null}""";

	private static final String SECOND = """
			{"budget":{"amount":30000000,"currency":"USD"},"budgetEstimated":false,
			 "grossDomestic":{"amount":151101803,"currency":"USD"},"openingWeekendDomestic":null,
			 "openingWeekendDate":"2016-12-11","grossWorldwide":null}""";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApiKeys keys;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FilmDocuments documents;

	private String admin;

	private final String film = TestIds.film();

	private final String path = "/api/v1/films/" + this.film + "/box-office";

	@BeforeEach
	void issueAdminKey() {
		this.admin = TestKeys.admin(this.keys);
	}

	@Test
	void figuresAreCreatedThenReplacedOnlyAgainstTheirVersion() {
		this.documents.upsert(FilmDocumentBuilder.film(this.film, "Grossing").build());
		long filmVersion = filmVersion();

		MvcTestResult created = put(FIRST, null, null, "bo-1");
		assertThat(created).hasStatus(201)
			.hasHeader(HttpHeaders.LOCATION, this.path)
			.hasHeader(HttpHeaders.ETAG, "\"0\"");
		long id = this.jdbc.queryForObject(
				"select b.id from box_office b join film f on f.id = b.film_id where f.imdb_id = '" + this.film + "'",
				Long.class);
		assertThat(created).bodyJson().isStrictlyEqualTo(answered(FIRST, id, 0));
		assertThat(filmVersion()).isGreaterThan(filmVersion);
		assertThat(this.mvc.get().uri(this.path).exchange()).hasStatusOk().hasHeader(HttpHeaders.ETAG, "\"0\"");

		assertProblem(put(SECOND, null, null, "bo-428"), 428,
				"""
						{"type":"/problems/precondition-required","title":"Precondition required","status":428,
						 "detail":"Send If-Match with the ETag of the box office of film %2$s as you read it (currently \\"0\\"), so that no edit is lost",
						 "instance":"%s","code":"precondition-required","correlationId":"bo-428"}"""
					.formatted(this.path, this.film));
		assertProblem(put(SECOND, "\"5\"", null, "bo-412"), 412,
				"""
						{"type":"/problems/precondition-failed","title":"Precondition failed","status":412,
						 "detail":"If-Match does not hold: the box office of film %2$s has changed since it was read (its ETag is now \\"0\\")",
						 "instance":"%s","code":"precondition-failed","correlationId":"bo-412"}"""
					.formatted(this.path, this.film));
		assertProblem(put(SECOND, null, "*", "bo-inm"), 412, """
				{"type":"/problems/precondition-failed","title":"Precondition failed","status":412,
				 "detail":"If-None-Match: * asks to create only, but the box office of film %2$s exists (ETag \\"0\\")",
				 "instance":"%s","code":"precondition-failed","correlationId":"bo-inm"}""".formatted(this.path,
				this.film));

		MvcTestResult replaced = put(SECOND, "\"0\"", null, "bo-2");
		assertThat(replaced).hasStatusOk().hasHeader(HttpHeaders.ETAG, "\"1\"");
		assertThat(replaced).bodyJson().isStrictlyEqualTo(answered(SECOND, id, 1));
	}

	@Test
	void figuresAreValidatedAndNeedAnAdminKey() {
		this.documents.upsert(FilmDocumentBuilder.film(this.film, "Invalid Grosses").build());

		assertProblem(
				this.mvc.put()
					.uri("/api/v1/films/" + this.film + "/box-office")
					.header(HttpHeaders.AUTHORIZATION, this.admin)
					.header("X-Request-Id", "bo-400")
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"budget\":{\"amount\":-1,\"currency\":\"usd\"},\"budgetEstimated\":false,\"id\":3}")
					.exchange(),
				400, """
						{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
						 "detail":"The request body has 3 invalid fields: budget.amount, budget.currency, id",
						 "instance":"/api/v1/films/%1$s/box-office","code":"invalid-body","correlationId":"bo-400",
						 "errors":[{"name":"budget.amount","in":"body","message":"must be greater than or equal to 0"},
						           {"name":"budget.currency","in":"body","message":"must match \\"[A-Z]{3}\\""},
						           {"name":"id","in":"body","message":"is read-only: the server assigns it"}]}"""
					.formatted(this.film));
		assertProblem(
				this.mvc.put()
					.uri("/api/v1/films/" + this.film + "/box-office")
					.header(HttpHeaders.AUTHORIZATION, this.admin)
					.header("X-Request-Id", "bo-bv")
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"budget\":{\"amount\":-1,\"currency\":\"usd\"},\"budgetEstimated\":false}")
					.exchange(),
				400, """
						{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
						 "detail":"The request body has 2 invalid fields: budget.amount, budget.currency",
						 "instance":"/api/v1/films/%1$s/box-office","code":"invalid-body","correlationId":"bo-bv",
						 "errors":[{"name":"budget.amount","in":"body","message":"must be greater than or equal to 0"},
						           {"name":"budget.currency","in":"body","message":"must match \\"[A-Z]{3}\\""}]}"""
					.formatted(this.film));
		MvcTestResult reader = this.mvc.put()
			.uri("/api/v1/films/" + this.film + "/box-office")
			.header(HttpHeaders.AUTHORIZATION, TestKeys.reader(this.keys))
			.contentType(MediaType.APPLICATION_JSON)
			.content(FIRST)
			.exchange();
		assertThat(reader).hasStatus(403);
		assertThat(this.mvc.get().uri("/api/v1/films/" + this.film + "/box-office").exchange()).hasStatus(404);
	}

	private MvcTestResult put(String body, @Nullable String ifMatch, @Nullable String ifNoneMatch, String requestId) {
		MockMvcTester.MockMvcRequestBuilder request = this.mvc.put()
			.uri(this.path)
			.header(HttpHeaders.AUTHORIZATION, this.admin)
			.header("X-Request-Id", requestId)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
		if (ifMatch != null) {
			request.header(HttpHeaders.IF_MATCH, ifMatch);
		}
		if (ifNoneMatch != null) {
			request.header(HttpHeaders.IF_NONE_MATCH, ifNoneMatch);
		}
		return request.exchange();
	}

	private long filmVersion() {
		return this.jdbc.queryForObject("select version from film where imdb_id = '" + this.film + "'", Long.class);
	}

	private static void assertProblem(MvcTestResult result, int status, String expectedJson) {
		assertThat(result).hasStatus(status).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().isStrictlyEqualTo(expectedJson);
	}

	/**
	 * The figures as answered: their id first, their version last.
	 */
	private static String answered(String json, long id, long version) {
		String body = json.strip();
		return "{\"id\":" + id + "," + body.substring(1, body.length() - 1) + ",\"version\":" + version + "}";
	}

}
