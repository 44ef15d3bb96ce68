package dev.marquee.list;

import dev.marquee.MarqueeTest;
import dev.marquee.support.web.Cursor;
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
 * GET /lists and /lists/{id}: the demo list, and lists of their own (titles starting "Zzz
 * 5300", on films of this class's own) reached by a cursor placed just before them, so
 * lists other tests make do not change the answers.
 */
@MarqueeTest
class ListControllerTests {

	private static final String HOLLOW_PINES = TestIds.film();

	private static final String GLASS_ORCHARD = TestIds.film();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FilmDocuments documents;

	private final JsonMapper json = JsonMapper.builder().build();

	@BeforeEach
	void lists() {
		this.documents.upsert(FilmDocumentBuilder.film(HOLLOW_PINES, "Hollow Pines").year(1994).build());
		this.documents.upsert(FilmDocumentBuilder.film(GLASS_ORCHARD, "Glass Orchard").year(null).build());
		this.jdbc.update("""
				insert into film_list (title, description) values
				  ('Zzz 5300 Alpha', 'Two films, second one first'), ('Zzz 5300 Beta', null),
				  ('Zzz 5300 Gamma', 'Empty')
				on conflict (title) do nothing""");
		this.jdbc.update(
				"delete from film_list_item where list_id in (select id from film_list where title like 'Zzz 5300%')");
		this.jdbc.update("""
				insert into film_list_item (list_id, film_id, position, note)
				select l.id, f.id, p.position, p.note
				from (values ('Zzz 5300 Alpha', '%1$s', 2, null), ('Zzz 5300 Alpha', '%2$s', 1, 'Start here'),
				             ('Zzz 5300 Beta', '%1$s', 1, null)) as p (list, film, position, note)
				join film_list l on l.title = p.list join film f on f.imdb_id = p.film""".formatted(HOLLOW_PINES,
				GLASS_ORCHARD));
	}

	@Test
	void returnsListWithItsFilmsInPositionOrder() {
		assertThat(this.mvc.get().uri("/api/v1/lists/" + listId("Zzz 5300 Alpha"))).hasStatusOk()
			.hasContentType(MediaType.APPLICATION_JSON)
			.bodyJson()
			.isStrictlyEqualTo("""
					{"id":%d,"title":"Zzz 5300 Alpha","description":"Two films, second one first","films":[
					  {"position":1,"id":%d,"imdbId":"%5$s","title":"Glass Orchard","releaseYear":null,"type":"movie",
					   "note":"Start here"},
					  {"position":2,"id":%d,"imdbId":"%4$s","title":"Hollow Pines","releaseYear":1994,"type":"movie",
					   "note":null}],"version":%6$d}""".formatted(listId("Zzz 5300 Alpha"), filmId(GLASS_ORCHARD),
					filmId(HOLLOW_PINES), HOLLOW_PINES, GLASS_ORCHARD, listVersion(listId("Zzz 5300 Alpha"))));
	}

	@Test
	void returnsTheDemoList() {
		long id = listId("Movies & Series About Musicians");

		assertThat(this.mvc.get().uri("/api/v1/lists/" + id)).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(
					"""
							{"id":%d,"title":"Movies & Series About Musicians",
							 "description":"\\"The Idol,\\" Purple Rain, and more toe-tapping stories about the magic of music.",
							 "films":[{"position":1,"id":%d,"imdbId":"tt3783958","title":"La La Land","releaseYear":2016,"type":"movie",
							   "note":null}],"version":%d}"""
						.formatted(id, filmId("tt3783958"), listVersion(id)));
	}

	@Test
	void pagesThroughListsByTitleWithFilmCounts() throws Exception {
		String start = Cursor.of(ListCatalogue.SORT, "Zzz 5300", 0).encode();
		MvcTestResult first = this.mvc.get().uri("/api/v1/lists?size=2&after=" + start).exchange();
		JsonNode page = this.json.readTree(first.getResponse().getContentAsByteArray());
		String cursor = page.get("nextCursor").asString();

		assertThat(first).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"items":[
					  {"id":%d,"title":"Zzz 5300 Alpha","description":"Two films, second one first","filmCount":2},
					  {"id":%d,"title":"Zzz 5300 Beta","description":null,"filmCount":1}],
					 "size":2,"nextCursor":"%s","next":"http://localhost/api/v1/lists?size=2&after=%s","total":null}"""
				.formatted(listId("Zzz 5300 Alpha"), listId("Zzz 5300 Beta"), cursor, cursor));
		assertThat(this.mvc.get().uri(page.get("next").asString())).hasStatusOk().bodyJson().isStrictlyEqualTo("""
				{"items":[{"id":%d,"title":"Zzz 5300 Gamma","description":"Empty","filmCount":0}],
				 "size":2,"nextCursor":null,"next":null,"total":null}""".formatted(listId("Zzz 5300 Gamma")));
	}

	@Test
	void firstPageStartsWithTheFirstTitle() throws Exception {
		MvcTestResult first = this.mvc.get().uri("/api/v1/lists?size=1").exchange();
		JsonNode page = this.json.readTree(first.getResponse().getContentAsByteArray());
		String firstTitle = this.jdbc.queryForObject("select title from film_list order by title, id limit 1",
				String.class);

		assertThat(first).hasStatusOk();
		assertThat(page.get("items").get(0).get("title").asString()).isEqualTo(firstTitle);
		assertThat(page.get("nextCursor").isString()).isTrue();
	}

	@Test
	void returnsNotFoundProblemForUnknownList() {
		assertProblem(this.mvc.get().uri("/api/v1/lists/987654321").header("X-Request-Id", "l-404").exchange(), 404, """
				{"type":"/problems/not-found","title":"Resource not found","status":404,
				 "detail":"No list with id '987654321'","instance":"/api/v1/lists/987654321",
				 "code":"not-found","correlationId":"l-404"}""");
	}

	@Test
	void returnsInvalidParameterProblems() {
		assertProblem(this.mvc.get().uri("/api/v1/lists/musicians").header("X-Request-Id", "l-400").exchange(), 400, """
				{"type":"/problems/invalid-parameter","title":"Invalid request parameter","status":400,
				 "detail":"id must be a valid integer","instance":"/api/v1/lists/musicians",
				 "code":"invalid-parameter","correlationId":"l-400",
				 "errors":[{"name":"id","in":"path","message":"must be a valid integer"}]}""");
		assertProblem(this.mvc.get().uri("/api/v1/lists?size=0").header("X-Request-Id", "l-400b").exchange(), 400, """
				{"type":"/problems/invalid-parameter","title":"Invalid request parameter","status":400,
				 "detail":"size must be greater than or equal to 1","instance":"/api/v1/lists",
				 "code":"invalid-parameter","correlationId":"l-400b",
				 "errors":[{"name":"size","in":"query","message":"must be greater than or equal to 1"}]}""");
		String wrongSort = Cursor.of("newest", 1, "x", 1, "cast", 1).encode();
		assertProblem(
				this.mvc.get().uri("/api/v1/lists?after=" + wrongSort).header("X-Request-Id", "l-400c").exchange(), 400,
				"""
						{"type":"/problems/invalid-parameter","title":"Invalid request parameter","status":400,
						 "detail":"is not a cursor this API returned; use nextCursor from the previous page",
						 "instance":"/api/v1/lists","code":"invalid-parameter","correlationId":"l-400c",
						 "errors":[{"name":"after","in":"query",
						   "message":"is not a cursor this API returned; use nextCursor from the previous page"}]}""");
	}

	@Test
	void returnsNotAcceptableProblemWhenJsonIsNotAccepted() {
		assertProblem(
				this.mvc.get()
					.uri("/api/v1/lists")
					.accept(MediaType.APPLICATION_XML)
					.header("X-Request-Id", "l-406")
					.exchange(),
				406,
				"""
						{"type":"/problems/not-acceptable","title":"Not acceptable","status":406,
						 "detail":"The Accept header asks for a representation the resource cannot produce; Marquee speaks JSON.",
						 "instance":"/api/v1/lists","code":"not-acceptable","correlationId":"l-406"}""");
	}

	private long listId(String title) {
		Long id = this.jdbc.queryForObject("select id from film_list where title = ?", Long.class, title);
		assertThat(id).isNotNull();
		return id;
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

	private long listVersion(long id) {
		return this.jdbc.queryForObject("select version from film_list where id = ?", Long.class, id);
	}

}
