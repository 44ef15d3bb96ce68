package dev.marquee.person;

import dev.marquee.MarqueeTest;
import dev.marquee.credit.Department;
import dev.marquee.testdata.FilmDocumentBuilder;
import dev.marquee.testdata.TestIds;
import dev.marquee.films.FilmDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GET /people and /people/{id}, on people of their own (and a film of their own), whose
 * names no other test uses.
 */
@MarqueeTest
class PeopleControllerTests {

	/**
	 * The film the people are credited on, stored again before each test.
	 */
	private static final String FILM = TestIds.film();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FilmDocuments documents;

	private final JsonMapper json = JsonMapper.builder().build();

	@BeforeEach
	void people() {
		this.documents.upsert(FilmDocumentBuilder.film(FILM, "Quillon Harbour")
			.actor("nm9500001", "Zenobia Quartermaine", "Captain")
			.actor(null, "Zenobia Quartermain", "Stand-in")
			.actor(null, "Zebedee Quarterman", "Mate")
			.crew("nm9500002", "Orrin Vassiliadis", Department.DIRECTING, "Director")
			.build());
		this.jdbc.update("update person set professions = '{actress,producer}', known_for_imdb_ids = ?::text[], "
				+ "birth_year = 1971 where imdb_id = 'nm9500001'", "{" + FILM + "}");
		this.jdbc.update("update person set professions = '{actress}' where name = 'Zebedee Quarterman'");
	}

	@Test
	void returnsPersonByImdbIdAndByNumericId() {
		long id = personId("Zenobia Quartermaine");
		String expected = """
				{"id":%d,"imdbId":"nm9500001","name":"Zenobia Quartermaine","birthYear":1971,"deathYear":null,
				 "professions":["actress","producer"],"knownFor":["%s"],"version":%d}""".formatted(id, FILM,
				version(id));

		assertThat(this.mvc.get().uri("/api/v1/people/nm9500001")).hasStatusOk()
			.hasContentType(MediaType.APPLICATION_JSON)
			.bodyJson()
			.isStrictlyEqualTo(expected);
		assertThat(this.mvc.get().uri("/api/v1/people/" + id)).hasStatusOk().bodyJson().isStrictlyEqualTo(expected);
	}

	@Test
	void returnsDemoFilmPersonByImdbId() {
		long id = personId("Emma Stone");

		assertThat(this.mvc.get().uri("/api/v1/people/nm1297015")).hasStatusOk().bodyJson().isStrictlyEqualTo("""
				{"id":%d,"imdbId":"nm1297015","name":"Emma Stone","birthYear":null,"deathYear":null,
				 "professions":[],"knownFor":[],"version":%d}""".formatted(id, version(id)));
	}

	@Test
	void listsPeopleMatchingATypoTolerantNameQueryInNameOrder() {
		assertThat(this.mvc.get().uri("/api/v1/people?q=zenobia quatermaine")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(
					"""
							{"items":[
							  {"id":%d,"imdbId":null,"name":"Zenobia Quartermain","birthYear":null,"deathYear":null,"professions":[]},
							  {"id":%d,"imdbId":"nm9500001","name":"Zenobia Quartermaine","birthYear":1971,"deathYear":null,
							   "professions":["actress","producer"]}],
							 "size":20,"nextCursor":null,"next":null,"total":null}"""
						.formatted(personId("Zenobia Quartermain"), personId("Zenobia Quartermaine")));
	}

	@Test
	void listsPeopleWithAProfession() {
		assertThat(this.mvc.get().uri("/api/v1/people?q=quarter&profession=actress")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"items":[
					  {"id":%d,"imdbId":null,"name":"Zebedee Quarterman","birthYear":null,"deathYear":null,
					   "professions":["actress"]},
					  {"id":%d,"imdbId":"nm9500001","name":"Zenobia Quartermaine","birthYear":1971,"deathYear":null,
					   "professions":["actress","producer"]}],
					 "size":20,"nextCursor":null,"next":null,"total":null}""".formatted(personId("Zebedee Quarterman"),
					personId("Zenobia Quartermaine")));
	}

	@Test
	void pagesThroughPeopleWithTheNextCursor() throws Exception {
		MvcTestResult first = this.mvc.get().uri("/api/v1/people?q=zenobia quatermaine&size=1").exchange();
		JsonNode page = this.json.readTree(first.getResponse().getContentAsByteArray());
		String cursor = page.get("nextCursor").asString();

		assertThat(first).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(
					"""
							{"items":[{"id":%d,"imdbId":null,"name":"Zenobia Quartermain","birthYear":null,"deathYear":null,
							  "professions":[]}],
							 "size":1,"nextCursor":"%s","next":"http://localhost/api/v1/people?q=zenobia%%20quatermaine&size=1&after=%s","total":null}"""
						.formatted(personId("Zenobia Quartermain"), cursor, cursor));
		assertThat(this.mvc.get().uri(page.get("next").asString())).hasStatusOk().bodyJson().isStrictlyEqualTo("""
				{"items":[{"id":%d,"imdbId":"nm9500001","name":"Zenobia Quartermaine","birthYear":1971,"deathYear":null,
				  "professions":["actress","producer"]}],
				 "size":1,"nextCursor":null,"next":null,"total":null}""".formatted(personId("Zenobia Quartermaine")));
	}

	@Test
	void returnsNotFoundProblemForUnknownPerson() {
		assertProblem(this.mvc.get().uri("/api/v1/people/nm0000009").header("X-Request-Id", "p-404").exchange(), 404,
				"""
						{"type":"/problems/not-found","title":"Resource not found","status":404,
						 "detail":"No person with id 'nm0000009'","instance":"/api/v1/people/nm0000009",
						 "code":"not-found","correlationId":"p-404"}""");
		assertProblem(this.mvc.get().uri("/api/v1/people/987654321").header("X-Request-Id", "p-404b").exchange(), 404,
				"""
						{"type":"/problems/not-found","title":"Resource not found","status":404,
						 "detail":"No person with id '987654321'","instance":"/api/v1/people/987654321",
						 "code":"not-found","correlationId":"p-404b"}""");
	}

	@Test
	void returnsInvalidParameterProblemForMalformedPersonId() {
		String message = "must be a positive numeric id or an IMDb id like nm0000001 (nm followed by 7 to 10 digits)";
		assertProblem(this.mvc.get().uri("/api/v1/people/tt3783958").header("X-Request-Id", "p-400").exchange(), 400,
				"""
						{"type":"/problems/invalid-parameter","title":"Invalid request parameter","status":400,
						 "detail":"%1$s","instance":"/api/v1/people/tt3783958","code":"invalid-parameter",
						 "correlationId":"p-400","errors":[{"name":"id","in":"path","message":"%1$s"}]}"""
					.formatted(message));
	}

	@Test
	void returnsInvalidParameterProblemForBadListParameters() {
		assertInvalidParameter("q", "  ", "must not be blank");
		assertInvalidParameter("q", "a".repeat(1000), "must be at most 200 characters");
		assertInvalidParameter("profession", "Director!",
				"must be a profession code: lower-case letters and _, like actress or director");
		assertInvalidParameter("size", "0", "must be greater than or equal to 1");
		assertInvalidParameter("size", "101", "must be less than or equal to 100");
		assertInvalidParameter("after", "bm90LWEtY3Vyc29y",
				"is not a cursor this API returned; use nextCursor from the previous page");
	}

	@Test
	void returnsNotAcceptableProblemWhenJsonIsNotAccepted() {
		assertProblem(
				this.mvc.get()
					.uri("/api/v1/people/nm1297015")
					.accept(MediaType.APPLICATION_XML)
					.header("X-Request-Id", "p-406")
					.exchange(),
				406,
				"""
						{"type":"/problems/not-acceptable","title":"Not acceptable","status":406,
						 "detail":"The Accept header asks for a representation the resource cannot produce; Marquee speaks JSON.",
						 "instance":"/api/v1/people/nm1297015","code":"not-acceptable","correlationId":"p-406"}""");
	}

	private void assertInvalidParameter(String name, String value, String message) {
		String path = "/api/v1/people";
		assertProblem(this.mvc.get().uri(path).param(name, value).header("X-Request-Id", "p-bad").exchange(), 400, """
				{"type":"/problems/invalid-parameter","title":"Invalid request parameter","status":400,
				 "detail":"%2$s","instance":"%1$s","code":"invalid-parameter","correlationId":"p-bad",
				 "errors":[{"name":"%3$s","in":"query","message":"%4$s"}]}""".formatted(path, detail(name, message),
				name, message));
	}

	private static String detail(String name, String message) {
		// Bean Validation failures name the parameter in the detail; our own checks
		// (cursor) give the message alone.
		return name.equals("after") ? message : name + " " + message;
	}

	private long version(long personId) {
		return this.jdbc.queryForObject("select version from person where id = ?", Long.class, personId);
	}

	private long personId(String name) {
		Long id = this.jdbc.queryForObject("select min(id) from person where name = ?", Long.class, name);
		assertThat(id).isNotNull();
		return id;
	}

	private static void assertProblem(MvcTestResult result, int status, String expectedJson) {
		assertThat(result).hasStatus(status).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().isStrictlyEqualTo(expectedJson);
	}

}
