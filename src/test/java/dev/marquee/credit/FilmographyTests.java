package dev.marquee.credit;

import dev.marquee.MarqueeTest;
import dev.marquee.testdata.FilmDocumentBuilder;
import dev.marquee.testdata.TestIds;
import dev.marquee.films.FilmDocuments;
import dev.marquee.support.web.Cursor;
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
 * GET /people/{id}/credits: a person's cast and crew credits, newest film first. Films
 * and a person of this class's own, stored again before each test.
 */
@MarqueeTest
class FilmographyTests {

	private static final String PERSON = TestIds.person();

	private static final String BELLWETHER = TestIds.film();

	private static final String AFTERGLOW = TestIds.film();

	private static final String UNDATED = TestIds.film();

	private static final String CINDER_ROAD = TestIds.film();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FilmDocuments documents;

	private final JsonMapper json = JsonMapper.builder().build();

	@BeforeEach
	void films() {
		this.documents.upsert(FilmDocumentBuilder.film(BELLWETHER, "Bellwether")
			.year(2019)
			.actor(PERSON, "Ilse Marchetti", "Wren")
			.build());
		this.documents.upsert(FilmDocumentBuilder.film(AFTERGLOW, "Afterglow")
			.year(2019)
			.actor(PERSON, "Ilse Marchetti", "Juno")
			.crew(PERSON, "Ilse Marchetti", Department.WRITING, "Screenplay")
			.build());
		this.documents.upsert(FilmDocumentBuilder.film(UNDATED, "Undated Project")
			.year(null)
			.crew(PERSON, "Ilse Marchetti", Department.DIRECTING, "Director")
			.build());
		this.documents.upsert(FilmDocumentBuilder.film(CINDER_ROAD, "Cinder Road")
			.year(2023)
			.actor(PERSON, "Ilse Marchetti", "Ada")
			.build());
	}

	@Test
	void listsCastAndCrewCreditsNewestFirstThenByFilm() {
		assertThat(this.mvc.get().uri("/api/v1/people/" + PERSON + "/credits")).hasStatusOk()
			.hasContentType(MediaType.APPLICATION_JSON)
			.bodyJson()
			.isStrictlyEqualTo("""
					{"items":[%s,%s,%s,%s,%s],"size":20,"nextCursor":null,"next":null,"total":null}""".formatted(
					cast(CINDER_ROAD, "Cinder Road", 2023, "Ada"), cast(BELLWETHER, "Bellwether", 2019, "Wren"),
					cast(AFTERGLOW, "Afterglow", 2019, "Juno"),
					crew(AFTERGLOW, "Afterglow", "2019", "writing", "Screenplay"),
					crew(UNDATED, "Undated Project", "null", "directing", "Director")));
	}

	@Test
	void pagesThroughCreditsWithTheNextCursor() throws Exception {
		MvcTestResult first = this.mvc.get().uri("/api/v1/people/" + PERSON + "/credits?size=2").exchange();
		String cursor = this.json.readTree(first.getResponse().getContentAsByteArray()).get("nextCursor").asString();
		MvcTestResult second = this.mvc.get()
			.uri("/api/v1/people/" + PERSON + "/credits?size=2&after=" + cursor)
			.exchange();
		JsonNode secondPage = this.json.readTree(second.getResponse().getContentAsByteArray());
		String secondCursor = secondPage.get("nextCursor").asString();

		assertThat(first).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"items":[%s,%s],"size":2,"nextCursor":"%s",
					 "next":"http://localhost/api/v1/people/%5$s/credits?size=2&after=%s","total":null}""".formatted(
					cast(CINDER_ROAD, "Cinder Road", 2023, "Ada"), cast(BELLWETHER, "Bellwether", 2019, "Wren"), cursor,
					cursor, PERSON));
		assertThat(second).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"items":[%s,%s],"size":2,"nextCursor":"%s",
					 "next":"http://localhost/api/v1/people/%5$s/credits?size=2&after=%s","total":null}""".formatted(
					cast(AFTERGLOW, "Afterglow", 2019, "Juno"),
					crew(AFTERGLOW, "Afterglow", "2019", "writing", "Screenplay"), secondCursor, secondCursor, PERSON));
		assertThat(this.mvc.get().uri(secondPage.get("next").asString())).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"items":[%s],"size":2,"nextCursor":null,"next":null,"total":null}"""
				.formatted(crew(UNDATED, "Undated Project", "null", "directing", "Director")));
	}

	@Test
	void aPageEndingBetweenAFilmsCastAndCrewGoesOnWithItsCrew() throws Exception {
		MvcTestResult first = this.mvc.get().uri("/api/v1/people/" + PERSON + "/credits?size=3").exchange();
		JsonNode firstPage = this.json.readTree(first.getResponse().getContentAsByteArray());

		assertThat(firstPage.get("items").get(2).get("id").asLong()).isEqualTo(creditId("cast_credit", AFTERGLOW));
		assertThat(this.mvc.get().uri(firstPage.get("next").asString())).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"items":[%s,%s],"size":3,"nextCursor":null,"next":null,"total":null}""".formatted(
					crew(AFTERGLOW, "Afterglow", "2019", "writing", "Screenplay"),
					crew(UNDATED, "Undated Project", "null", "directing", "Director")));
	}

	@Test
	void aFilmWhoseYearChangesTakesItsCreditsToTheirNewPlace() {
		this.documents.upsert(FilmDocumentBuilder.film(UNDATED, "Undated Project")
			.year(2030)
			.crew(PERSON, "Ilse Marchetti", Department.DIRECTING, "Director")
			.build());
		this.jdbc.update("UPDATE film SET release_year = NULL WHERE imdb_id = ?", CINDER_ROAD);

		assertThat(this.mvc.get().uri("/api/v1/people/" + PERSON + "/credits")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"items":[%s,%s,%s,%s,%s],"size":20,"nextCursor":null,"next":null,"total":null}""".formatted(
					crew(UNDATED, "Undated Project", "2030", "directing", "Director"),
					cast(BELLWETHER, "Bellwether", 2019, "Wren"), cast(AFTERGLOW, "Afterglow", 2019, "Juno"),
					crew(AFTERGLOW, "Afterglow", "2019", "writing", "Screenplay"),
					cast(CINDER_ROAD, "Cinder Road", "null", "Ada")));
	}

	@Test
	void aCursorOfTheFormerTitleOrderIsRefused() {
		String former = Cursor.of(Filmography.SORT, -2019L, "Afterglow", filmId(AFTERGLOW), "cast", 1L).encode();

		assertCursorRefused(former, "f-400d");
	}

	@Test
	void demoDirectorHasOneItemPerCreditOnTheSameFilm() {
		long film = filmId("tt3783958");
		Long director = this.jdbc.queryForObject("select c.id from crew_credit c join person p on p.id = c.person_id "
				+ "where p.imdb_id = 'nm3227090' and c.department = 'directing'", Long.class);
		Long writer = this.jdbc.queryForObject("select c.id from crew_credit c join person p on p.id = c.person_id "
				+ "where p.imdb_id = 'nm3227090' and c.department = 'writing'", Long.class);
		String laLaLand = """
				{"id":%d,"imdbId":"tt3783958","title":"La La Land","releaseYear":2016,"type":"movie"}"""
			.formatted(film);

		assertThat(this.mvc.get().uri("/api/v1/people/nm3227090/credits")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(
					"""
							{"items":[
							  {"id":%d,"kind":"crew","film":%s,"characters":null,"billingOrder":null,"department":"directing","job":"Director","creditedAs":null,"note":null},
							  {"id":%d,"kind":"crew","film":%s,"characters":null,"billingOrder":null,"department":"writing","job":"Writer","creditedAs":null,"note":null}],
							 "size":20,"nextCursor":null,"next":null,"total":null}"""
						.formatted(Math.min(director, writer), laLaLand, Math.max(director, writer), laLaLand));
	}

	@Test
	void showsTheNameACastCreditWasGivenUnder() {
		long film = filmId("tt3783958");
		Long credit = this.jdbc.queryForObject(
				"select c.id from cast_credit c join person p on p.id = c.person_id " + "where p.name = 'Amiee Conn'",
				Long.class);
		Long person = this.jdbc.queryForObject("select id from person where name = 'Amiee Conn'", Long.class);

		assertThat(this.mvc.get().uri("/api/v1/people/" + person + "/credits")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(
					"""
							{"items":[{"id":%d,"kind":"cast",
							  "film":{"id":%d,"imdbId":"tt3783958","title":"La La Land","releaseYear":2016,"type":"movie"},
							  "characters":["Famous Actress"],"billingOrder":3,"department":null,"job":null,"creditedAs":"Amiée Conn","note":null}],
							 "size":20,"nextCursor":null,"next":null,"total":null}"""
						.formatted(credit, film));
	}

	@Test
	void returnsNotFoundProblemForUnknownPerson() {
		assertProblem(this.mvc.get().uri("/api/v1/people/nm0000009/credits").header("X-Request-Id", "f-404").exchange(),
				404, """
						{"type":"/problems/not-found","title":"Resource not found","status":404,
						 "detail":"No person with id 'nm0000009'","instance":"/api/v1/people/nm0000009/credits",
						 "code":"not-found","correlationId":"f-404"}""");
	}

	@Test
	void returnsInvalidParameterProblems() {
		String idMessage = "must be a positive numeric id or an IMDb id like nm0000001 (nm followed by 7 to 10 digits)";
		assertProblem(this.mvc.get().uri("/api/v1/people/emma/credits").header("X-Request-Id", "f-400").exchange(), 400,
				"""
						{"type":"/problems/invalid-parameter","title":"Invalid request parameter","status":400,
						 "detail":"%1$s","instance":"/api/v1/people/emma/credits","code":"invalid-parameter",
						 "correlationId":"f-400","errors":[{"name":"id","in":"path","message":"%1$s"}]}"""
					.formatted(idMessage));
		assertProblem(
				this.mvc.get()
					.uri("/api/v1/people/" + PERSON + "/credits?size=101")
					.header("X-Request-Id", "f-400b")
					.exchange(),
				400, """
						{"type":"/problems/invalid-parameter","title":"Invalid request parameter","status":400,
						 "detail":"size must be less than or equal to 100","instance":"/api/v1/people/%1$s/credits",
						 "code":"invalid-parameter","correlationId":"f-400b",
						 "errors":[{"name":"size","in":"query","message":"must be less than or equal to 100"}]}"""
					.formatted(PERSON));
		assertCursorRefused("garbage", "f-400c");
	}

	@Test
	void returnsNotAcceptableProblemWhenJsonIsNotAccepted() {
		assertProblem(
				this.mvc.get()
					.uri("/api/v1/people/" + PERSON + "/credits")
					.accept(MediaType.APPLICATION_XML)
					.header("X-Request-Id", "f-406")
					.exchange(),
				406,
				"""
						{"type":"/problems/not-acceptable","title":"Not acceptable","status":406,
						 "detail":"The Accept header asks for a representation the resource cannot produce; Marquee speaks JSON.",
						 "instance":"/api/v1/people/%1$s/credits","code":"not-acceptable","correlationId":"f-406"}"""
					.formatted(PERSON));
	}

	private String cast(String film, String title, int year, String character) {
		return cast(film, title, Integer.toString(year), character);
	}

	private String cast(String film, String title, String year, String character) {
		return """
				{"id":%d,"kind":"cast","film":{"id":%d,"imdbId":"%s","title":"%s","releaseYear":%s,"type":"movie"},
				 "characters":["%s"],"billingOrder":1,"department":null,"job":null,"creditedAs":null,"note":null}"""
			.formatted(creditId("cast_credit", film), filmId(film), film, title, year, character);
	}

	private String crew(String film, String title, String year, String department, String job) {
		return """
				{"id":%d,"kind":"crew","film":{"id":%d,"imdbId":"%s","title":"%s","releaseYear":%s,"type":"movie"},
				 "characters":null,"billingOrder":null,"department":"%s","job":"%s","creditedAs":null,"note":null}"""
			.formatted(creditId("crew_credit", film), filmId(film), film, title, year, department, job);
	}

	private long creditId(String table, String film) {
		Long id = this.jdbc.queryForObject(
				"select c.id from " + table + " c join film f on f.id = c.film_id " + "where f.imdb_id = ?", Long.class,
				film);
		assertThat(id).isNotNull();
		return id;
	}

	private long filmId(String imdbId) {
		Long id = this.jdbc.queryForObject("select id from film where imdb_id = ?", Long.class, imdbId);
		assertThat(id).isNotNull();
		return id;
	}

	private void assertCursorRefused(String after, String requestId) {
		String cursorMessage = "is not a cursor this API returned; use nextCursor from the previous page";
		assertProblem(
				this.mvc.get()
					.uri("/api/v1/people/" + PERSON + "/credits?after=" + after)
					.header("X-Request-Id", requestId)
					.exchange(),
				400, """
						{"type":"/problems/invalid-parameter","title":"Invalid request parameter","status":400,
						 "detail":"%1$s","instance":"/api/v1/people/%2$s/credits","code":"invalid-parameter",
						 "correlationId":"%3$s","errors":[{"name":"after","in":"query","message":"%1$s"}]}"""
					.formatted(cursorMessage, PERSON, requestId));
	}

	private static void assertProblem(MvcTestResult result, int status, String expectedJson) {
		assertThat(result).hasStatus(status).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().isStrictlyEqualTo(expectedJson);
	}

}
