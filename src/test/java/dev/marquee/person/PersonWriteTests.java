package dev.marquee.person;

import java.util.ArrayList;
import java.util.List;

import dev.marquee.MarqueeTest;
import dev.marquee.apikey.ApiKeys;
import dev.marquee.credit.Department;
import dev.marquee.testdata.AdminCalls;
import dev.marquee.testdata.FilmDocumentBuilder;
import dev.marquee.testdata.TestFilms;
import dev.marquee.testdata.TestKeys;
import dev.marquee.films.FilmDocuments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.marquee.testdata.AdminCalls.assertProblem;
import static dev.marquee.testdata.AdminCalls.etag;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * POST, PUT, PATCH and DELETE of people, with their versions and every refusal. People
 * here are nm96000nn; the films that credit them are made per test and deleted after it.
 */
@MarqueeTest
class PersonWriteTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApiKeys keys;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FilmDocuments documents;

	private AdminCalls admin;

	private final List<String> films = new ArrayList<>();

	@BeforeEach
	void issueAdminKey() {
		this.admin = new AdminCalls(this.mvc, TestKeys.admin(this.keys), "pw");
	}

	@AfterEach
	void deletePeople() {
		this.films.forEach((film) -> this.jdbc.update("delete from film where imdb_id = ?", film));
		this.jdbc.update("delete from person where imdb_id like 'nm96000%' or name like 'Pw %'");
	}

	@Test
	void aMisspeltFieldGetsTheFieldItWasMeantToBe() {
		MvcTestResult result = this.admin.post("/api/v1/people", """
				{"imdbId":"nm9600009","name":"Pw Typo","birthYaer":1970}""");

		assertProblem(result, 400,
				"""
						{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
						 "detail":"The request body has 1 invalid field: birthYaer",
						 "instance":"/api/v1/people","code":"invalid-body","correlationId":"pw",
						 "errors":[{"name":"birthYaer","in":"body","message":"is not a field of this body (did you mean 'birthYear'?)"}]}""");
	}

	@Test
	void everyFieldToFixIsNamedInOneAnswer() {
		MvcTestResult result = this.admin.post("/api/v1/people", """
				{"imdbId":"nm9600010","name":"","birthYear":"nineteen","deathYear":true,"professions":"actor",
				 "nickname":"Pw"}""");

		assertProblem(result, 400, """
				{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
				 "detail":"The request body has 5 invalid fields: birthYear, deathYear, name, nickname, professions",
				 "instance":"/api/v1/people","code":"invalid-body","correlationId":"pw",
				 "errors":[{"name":"birthYear","in":"body","message":"must be a whole number"},
				           {"name":"deathYear","in":"body","message":"must be a whole number"},
				           {"name":"name","in":"body","message":"must not be blank"},
				           {"name":"nickname","in":"body","message":"is not a field of this body"},
				           {"name":"professions","in":"body","message":"must be an array"}]}""");
	}

	@Test
	void createsAPersonWithLocationETagAndAChangeRecord() {
		MvcTestResult result = this.admin.post("/api/v1/people", """
				{"imdbId":"nm9600001","name":"Pw Ada Lumen","birthYear":1950,"deathYear":2020,
				 "professions":["actress"],"knownFor":["tt3783958"]}""");

		long id = id("nm9600001");
		assertThat(result).hasStatus(201)
			.hasHeader(HttpHeaders.LOCATION, "/api/v1/people/nm9600001")
			.hasHeader(HttpHeaders.ETAG, "\"0\"")
			.bodyJson()
			.isStrictlyEqualTo("""
					{"id":%d,"imdbId":"nm9600001","name":"Pw Ada Lumen","birthYear":1950,"deathYear":2020,
					 "professions":["actress"],"knownFor":["tt3783958"],"version":0}""".formatted(id));
		assertThat(this.mvc.get().uri("/api/v1/people/" + id)).hasStatusOk().hasHeader(HttpHeaders.ETAG, "\"0\"");
		assertThat(changes(id)).containsExactly("create person nm9600001");
	}

	@Test
	void aPersonWithoutImdbIdIsLocatedByNumericId() {
		MvcTestResult result = this.admin.post("/api/v1/people", "{\"name\":\"Pw Nameless\"}");

		long id = this.jdbc.queryForObject("select id from person where name = 'Pw Nameless'", Long.class);
		assertThat(result).hasStatus(201).hasHeader(HttpHeaders.LOCATION, "/api/v1/people/" + id);
		assertThat(result).bodyJson().isStrictlyEqualTo("""
				{"id":%d,"imdbId":null,"name":"Pw Nameless","birthYear":null,"deathYear":null,
				 "professions":[],"knownFor":[],"version":0}""".formatted(id));
	}

	@Test
	void aTakenImdbIdIsAConflictOnCreateAndOnReplace() {
		this.admin.post("/api/v1/people", "{\"imdbId\":\"nm9600002\",\"name\":\"Pw First\"}");
		MvcTestResult other = this.admin.post("/api/v1/people", "{\"imdbId\":\"nm9600003\",\"name\":\"Pw Other\"}");

		MvcTestResult duplicate = this.admin.post("/api/v1/people",
				"{\"imdbId\":\"nm9600002\",\"name\":\"Pw Second\"}");
		MvcTestResult renamed = this.admin.put("/api/v1/people/nm9600003", etag(other),
				"{\"imdbId\":\"nm9600002\",\"name\":\"Pw Other\"}");

		String problem = """
				{"type":"/problems/conflict","title":"Conflict","status":409,
				 "detail":"There is already a person with IMDb id nm9600002 (/api/v1/people/nm9600002); change that one or choose another key",
				 "instance":"%s","code":"conflict","correlationId":"pw"}""";
		assertProblem(duplicate, 409, problem.formatted("/api/v1/people"));
		assertProblem(renamed, 409, problem.formatted("/api/v1/people/nm9600003"));
		assertThat(this.jdbc.queryForObject("select count(*) from person where name = 'Pw Second'", Integer.class))
			.isZero();
	}

	@Test
	void putReplacesEveryFieldAgainstTheVersionRead() {
		MvcTestResult created = this.admin.post("/api/v1/people",
				"{\"imdbId\":\"nm9600004\",\"name\":\"Pw Before\",\"birthYear\":1960,\"professions\":[\"actor\"]}");
		long id = id("nm9600004");

		MvcTestResult unconditional = this.admin.put("/api/v1/people/nm9600004", null, "{\"name\":\"Pw Lost\"}");
		MvcTestResult replaced = this.admin.put("/api/v1/people/" + id, etag(created),
				"{\"imdbId\":\"nm9600004\",\"name\":\"Pw After\"}");
		MvcTestResult stale = this.admin.put("/api/v1/people/nm9600004", etag(created), "{\"name\":\"Pw Lost\"}");

		assertProblem(unconditional, 428,
				"""
						{"type":"/problems/precondition-required","title":"Precondition required","status":428,
						 "detail":"Send If-Match with the ETag of person nm9600004 as you read it (currently \\"0\\"), so that no edit is lost",
						 "instance":"/api/v1/people/nm9600004","code":"precondition-required","correlationId":"pw"}""");
		assertThat(replaced).hasStatusOk().hasHeader(HttpHeaders.ETAG, "\"1\"").bodyJson().isStrictlyEqualTo("""
				{"id":%d,"imdbId":"nm9600004","name":"Pw After","birthYear":null,"deathYear":null,
				 "professions":[],"knownFor":[],"version":1}""".formatted(id));
		assertProblem(stale, 412,
				"""
						{"type":"/problems/precondition-failed","title":"Precondition failed","status":412,
						 "detail":"If-Match does not hold: person nm9600004 has changed since it was read (its ETag is now \\"1\\")",
						 "instance":"/api/v1/people/nm9600004","code":"precondition-failed","correlationId":"pw"}""");
		assertThat(changes(id)).containsExactly("create person nm9600004", "update person nm9600004");
	}

	@Test
	void patchMergesAndValidatesTheResultNamingEveryField() {
		MvcTestResult created = this.admin.post("/api/v1/people",
				"{\"imdbId\":\"nm9600005\",\"name\":\"Pw Patchy\",\"birthYear\":1970,\"professions\":[\"actor\"]}");
		long id = id("nm9600005");

		MvcTestResult invalid = this.admin.patch("/api/v1/people/nm9600005", etag(created),
				"{\"name\":\"\",\"deathYear\":1960,\"professions\":[\"Actor!\"],\"version\":3,\"nickname\":\"x\"}");
		MvcTestResult constraints = this.admin.patch("/api/v1/people/nm9600005", etag(created),
				"{\"name\":\"\",\"deathYear\":1960,\"professions\":[\"Actor!\"]}");
		MvcTestResult patched = this.admin.patch("/api/v1/people/nm9600005", etag(created),
				"{\"deathYear\":2001,\"professions\":null}");

		assertProblem(invalid, 400,
				"""
						{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
						 "detail":"The request body has 5 invalid fields: deathYear, name, nickname, professions[0], version",
						 "instance":"/api/v1/people/nm9600005","code":"invalid-body","correlationId":"pw",
						 "errors":[{"name":"deathYear","in":"body","message":"must not be before birthYear"},
						           {"name":"name","in":"body","message":"must not be blank"},
						           {"name":"nickname","in":"body","message":"is not a field of this body"},
						           {"name":"professions[0]","in":"body","message":"must be a profession code: lower-case letters and _, like actress"},
						           {"name":"version","in":"body","message":"is read-only: the server assigns it"}]}""");
		assertProblem(constraints, 400,
				"""
						{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
						 "detail":"The request body has 3 invalid fields: deathYear, name, professions[0]",
						 "instance":"/api/v1/people/nm9600005","code":"invalid-body","correlationId":"pw",
						 "errors":[{"name":"deathYear","in":"body","message":"must not be before birthYear"},
						           {"name":"name","in":"body","message":"must not be blank"},
						           {"name":"professions[0]","in":"body","message":"must be a profession code: lower-case letters and _, like actress"}]}""");
		assertThat(patched).hasStatusOk().hasHeader(HttpHeaders.ETAG, "\"1\"").bodyJson().isStrictlyEqualTo("""
				{"id":%d,"imdbId":"nm9600005","name":"Pw Patchy","birthYear":1970,"deathYear":2001,
				 "professions":[],"knownFor":[],"version":1}""".formatted(id));
	}

	@Test
	void aPersonWithCreditsIsNotDeletedAndTheProblemSaysHowMany() {
		film(FilmDocumentBuilder.film("Credited Twice")
			.actor("nm9600006", "Pw Busy", "Lead")
			.crew("nm9600006", "Pw Busy", Department.DIRECTING, "Director"));
		film(FilmDocumentBuilder.film("Credited Again").actor("nm9600006", "Pw Busy", "Cameo"));
		String etag = etag(this.mvc.get().uri("/api/v1/people/nm9600006").exchange());

		MvcTestResult refused = this.admin.delete("/api/v1/people/nm9600006", etag);

		assertProblem(refused, 409,
				"""
						{"type":"/problems/conflict","title":"Conflict","status":409,
						 "detail":"Person nm9600006 still has 3 credits (cast 2, crew 1): delete those credits or credit someone else first; deleting the person would leave them pointing at nobody",
						 "instance":"/api/v1/people/nm9600006","code":"conflict","correlationId":"pw"}""");
		assertThat(id("nm9600006")).isPositive();
	}

	@Test
	void deleteNeedsTheCurrentVersionAndIsRecorded() {
		MvcTestResult created = this.admin.post("/api/v1/people", "{\"imdbId\":\"nm9600007\",\"name\":\"Pw Gone\"}");
		long id = id("nm9600007");

		MvcTestResult unconditional = this.admin.delete("/api/v1/people/nm9600007", null);
		MvcTestResult stale = this.admin.delete("/api/v1/people/nm9600007", "\"7\"");
		MvcTestResult deleted = this.admin.delete("/api/v1/people/nm9600007", etag(created));
		MvcTestResult again = this.admin.delete("/api/v1/people/nm9600007", etag(created));

		assertProblem(unconditional, 428,
				"""
						{"type":"/problems/precondition-required","title":"Precondition required","status":428,
						 "detail":"Send If-Match with the ETag of person nm9600007 as you read it (currently \\"0\\"), so that no edit is lost",
						 "instance":"/api/v1/people/nm9600007","code":"precondition-required","correlationId":"pw"}""");
		assertProblem(stale, 412,
				"""
						{"type":"/problems/precondition-failed","title":"Precondition failed","status":412,
						 "detail":"If-Match does not hold: person nm9600007 has changed since it was read (its ETag is now \\"0\\")",
						 "instance":"/api/v1/people/nm9600007","code":"precondition-failed","correlationId":"pw"}""");
		assertThat(deleted).hasStatus(204);
		assertThat(deleted.getResponse().getContentAsByteArray()).isEmpty();
		assertProblem(again, 404, """
				{"type":"/problems/not-found","title":"Resource not found","status":404,
				 "detail":"No person with id 'nm9600007'","instance":"/api/v1/people/nm9600007",
				 "code":"not-found","correlationId":"pw"}""");
		assertThat(changes(id)).containsExactly("create person nm9600007", "delete person nm9600007");
	}

	@Test
	void aPersonAFilmDocumentCreatesIsRecordedToo() {
		film(FilmDocumentBuilder.film("New Faces").actor("nm9600008", "Pw Newcomer", "Lead"));

		assertThat(changes(id("nm9600008"))).containsExactly("create person nm9600008");
	}

	@Test
	void writesNeedAnAdminKeyAndAWellFormedId() {
		MvcTestResult revoked = this.admin.as(TestKeys.revoked(this.keys))
			.patch("/api/v1/people/nm1297015", "\"0\"", "{}");
		MvcTestResult reader = this.admin.as(TestKeys.reader(this.keys)).delete("/api/v1/people/nm1297015", "\"0\"");
		MvcTestResult malformed = this.admin.delete("/api/v1/people/tt3783958", "\"0\"");

		assertThat(revoked).hasStatus(401);
		assertThat(revoked).bodyJson().extractingPath("$.code").isEqualTo("unauthorized");
		assertThat(reader).hasStatus(403);
		assertThat(reader).bodyJson().extractingPath("$.code").isEqualTo("forbidden");
		assertProblem(malformed, 400,
				"""
						{"type":"/problems/invalid-parameter","title":"Invalid request parameter","status":400,
						 "detail":"must be a positive numeric id or an IMDb id like nm0000001 (nm followed by 7 to 10 digits)",
						 "instance":"/api/v1/people/tt3783958","code":"invalid-parameter","correlationId":"pw",
						 "errors":[{"name":"id","in":"path","message":"must be a positive numeric id or an IMDb id like nm0000001 (nm followed by 7 to 10 digits)"}]}""");
	}

	private void film(FilmDocumentBuilder film) {
		this.films.add(new TestFilms(this.documents).create(film).imdbId());
	}

	private long id(String imdbId) {
		return this.jdbc.queryForObject("select id from person where imdb_id = ?", Long.class, imdbId);
	}

	private java.util.List<String> changes(long id) {
		return this.jdbc.queryForList(
				"select action || ' ' || resource_type || ' ' || coalesce(resource_key, '-') from change_event"
						+ " where resource_type = 'person' and resource_id = ? order by id",
				String.class, id);
	}

}
