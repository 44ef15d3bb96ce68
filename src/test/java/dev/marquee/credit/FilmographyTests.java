package dev.marquee.credit;

import dev.marquee.MarqueeTest;
import dev.marquee.testdata.FilmDocumentBuilder;
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
 * GET /people/{id}/credits: a person's cast and crew credits, newest film first. Own
 * films tt9005101… with a person of their own, nm9501001.
 */
@MarqueeTest
class FilmographyTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FilmDocuments documents;

	private final JsonMapper json = JsonMapper.builder().build();

	@BeforeEach
	void films() {
		this.documents.upsert(FilmDocumentBuilder.film(5101, "Bellwether")
			.year(2019)
			.actor("nm9501001", "Ilse Marchetti", "Wren")
			.build());
		this.documents.upsert(FilmDocumentBuilder.film(5102, "Afterglow")
			.year(2019)
			.actor("nm9501001", "Ilse Marchetti", "Juno")
			.crew("nm9501001", "Ilse Marchetti", Department.WRITING, "Screenplay")
			.build());
		this.documents.upsert(FilmDocumentBuilder.film(5103, "Undated Project")
			.year(null)
			.crew("nm9501001", "Ilse Marchetti", Department.DIRECTING, "Director")
			.build());
		this.documents.upsert(FilmDocumentBuilder.film(5104, "Cinder Road")
			.year(2023)
			.actor("nm9501001", "Ilse Marchetti", "Ada")
			.build());
	}

	@Test
	void listsCastAndCrewCreditsNewestFirstThenByTitle() {
		assertThat(this.mvc.get().uri("/api/v1/people/nm9501001/credits")).hasStatusOk()
			.hasContentType(MediaType.APPLICATION_JSON)
			.bodyJson()
			.isStrictlyEqualTo("""
					{"items":[%s,%s,%s,%s,%s],"size":20,"nextCursor":null,"next":null}""".formatted(
					cast(5104, "Cinder Road", 2023, "Ada"), cast(5102, "Afterglow", 2019, "Juno"),
					crew(5102, "Afterglow", "2019", "writing", "Screenplay"), cast(5101, "Bellwether", 2019, "Wren"),
					crew(5103, "Undated Project", "null", "directing", "Director")));
	}

	@Test
	void pagesThroughCreditsWithTheNextCursor() throws Exception {
		MvcTestResult first = this.mvc.get().uri("/api/v1/people/nm9501001/credits?size=2").exchange();
		String cursor = this.json.readTree(first.getResponse().getContentAsByteArray()).get("nextCursor").asString();
		MvcTestResult second = this.mvc.get().uri("/api/v1/people/nm9501001/credits?size=2&after=" + cursor).exchange();
		JsonNode secondPage = this.json.readTree(second.getResponse().getContentAsByteArray());
		String secondCursor = secondPage.get("nextCursor").asString();

		assertThat(first).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"items":[%s,%s],"size":2,"nextCursor":"%s",
					 "next":"http://localhost/api/v1/people/nm9501001/credits?size=2&after=%s"}""".formatted(
					cast(5104, "Cinder Road", 2023, "Ada"), cast(5102, "Afterglow", 2019, "Juno"), cursor, cursor));
		assertThat(second).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"items":[%s,%s],"size":2,"nextCursor":"%s",
					 "next":"http://localhost/api/v1/people/nm9501001/credits?size=2&after=%s"}""".formatted(
					crew(5102, "Afterglow", "2019", "writing", "Screenplay"), cast(5101, "Bellwether", 2019, "Wren"),
					secondCursor, secondCursor));
		assertThat(this.mvc.get().uri(secondPage.get("next").asString())).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"items":[%s],"size":2,"nextCursor":null,"next":null}"""
				.formatted(crew(5103, "Undated Project", "null", "directing", "Director")));
	}

	@Test
	void demoDirectorHasOneItemPerCreditOnTheSameFilm() {
		long film = filmId("tt3783958");
		Long director = this.jdbc.queryForObject("select c.id from crew_credit c join person p on p.id = c.person_id "
				+ "where p.imdb_id = 'nm3227090' and c.department = 'directing'", Long.class);
		Long writer = this.jdbc.queryForObject("select c.id from crew_credit c join person p on p.id = c.person_id "
				+ "where p.imdb_id = 'nm3227090' and c.department = 'writing'", Long.class);
		String laLaLand = """
				{"id":%d,"imdbId":"tt3783958","title":"La La Land","year":2016,"type":"movie"}""".formatted(film);

		assertThat(this.mvc.get().uri("/api/v1/people/nm3227090/credits")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(
					"""
							{"items":[
							  {"id":%d,"kind":"crew","film":%s,"department":"directing","job":"Director","creditedAs":null,"note":null},
							  {"id":%d,"kind":"crew","film":%s,"department":"writing","job":"Writer","creditedAs":null,"note":null}],
							 "size":20,"nextCursor":null,"next":null}"""
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
			.isStrictlyEqualTo("""
					{"items":[{"id":%d,"kind":"cast",
					  "film":{"id":%d,"imdbId":"tt3783958","title":"La La Land","year":2016,"type":"movie"},
					  "characters":["Famous Actress"],"billingOrder":3,"creditedAs":"Amiée Conn","note":null}],
					 "size":20,"nextCursor":null,"next":null}""".formatted(credit, film));
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
		assertProblem(this.mvc.get()
			.uri("/api/v1/people/nm9501001/credits?size=101")
			.header("X-Request-Id", "f-400b")
			.exchange(), 400, """
					{"type":"/problems/invalid-parameter","title":"Invalid request parameter","status":400,
					 "detail":"size must be less than or equal to 100","instance":"/api/v1/people/nm9501001/credits",
					 "code":"invalid-parameter","correlationId":"f-400b",
					 "errors":[{"name":"size","in":"query","message":"must be less than or equal to 100"}]}""");
		String cursorMessage = "is not a cursor this API returned; use nextCursor from the previous page";
		assertProblem(
				this.mvc.get()
					.uri("/api/v1/people/nm9501001/credits?after=garbage")
					.header("X-Request-Id", "f-400c")
					.exchange(),
				400, """
						{"type":"/problems/invalid-parameter","title":"Invalid request parameter","status":400,
						 "detail":"%1$s","instance":"/api/v1/people/nm9501001/credits","code":"invalid-parameter",
						 "correlationId":"f-400c","errors":[{"name":"after","in":"query","message":"%1$s"}]}"""
					.formatted(cursorMessage));
	}

	@Test
	void returnsNotAcceptableProblemWhenJsonIsNotAccepted() {
		assertProblem(
				this.mvc.get()
					.uri("/api/v1/people/nm9501001/credits")
					.accept(MediaType.APPLICATION_XML)
					.header("X-Request-Id", "f-406")
					.exchange(),
				406,
				"""
						{"type":"/problems/not-acceptable","title":"Not acceptable","status":406,
						 "detail":"The Accept header asks for a representation the resource cannot produce; Marquee speaks JSON.",
						 "instance":"/api/v1/people/nm9501001/credits","code":"not-acceptable","correlationId":"f-406"}""");
	}

	private String cast(int film, String title, int year, String character) {
		return """
				{"id":%d,"kind":"cast","film":{"id":%d,"imdbId":"tt%07d","title":"%s","year":%d,"type":"movie"},
				 "characters":["%s"],"billingOrder":1,"creditedAs":null,"note":null}"""
			.formatted(creditId("cast_credit", film), filmId(film), 9_000_000 + film, title, year, character);
	}

	private String crew(int film, String title, String year, String department, String job) {
		return """
				{"id":%d,"kind":"crew","film":{"id":%d,"imdbId":"tt%07d","title":"%s","year":%s,"type":"movie"},
				 "department":"%s","job":"%s","creditedAs":null,"note":null}""".formatted(creditId("crew_credit", film),
				filmId(film), 9_000_000 + film, title, year, department, job);
	}

	private long creditId(String table, int film) {
		Long id = this.jdbc.queryForObject(
				"select c.id from " + table + " c join film f on f.id = c.film_id " + "where f.imdb_id = ?", Long.class,
				"tt%07d".formatted(9_000_000 + film));
		assertThat(id).isNotNull();
		return id;
	}

	private long filmId(int film) {
		return filmId("tt%07d".formatted(9_000_000 + film));
	}

	private long filmId(String imdbId) {
		Long id = this.jdbc.queryForObject("select id from film where imdb_id = ?", Long.class, imdbId);
		assertThat(id).isNotNull();
		return id;
	}

	private static void assertProblem(MvcTestResult result, int status, String expectedJson) {
		assertThat(result).hasStatus(status).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().isStrictlyEqualTo(expectedJson);
	}

}
