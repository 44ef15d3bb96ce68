package dev.marquee.films;

import dev.marquee.MarqueeTest;
import dev.marquee.apikey.ApiKeys;
import dev.marquee.testdata.AdminCalls;
import dev.marquee.testdata.FilmDocumentBuilder;
import dev.marquee.testdata.TestKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.marquee.testdata.AdminCalls.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A film's own fields that the database would refuse are refused by the API first, the
 * same way through POST, PATCH and the document PUT: years out of order and runtimes past
 * the bound are 400 naming the field; a TMDB or Wikidata id another film holds is 409
 * naming the field and that film (sending it again gets the same answer, so it is not the
 * retry one). Films here are tt9510001 and up.
 */
@MarqueeTest
class FilmFieldRefusalTests {

	private static final String YEARS_OUT_OF_ORDER = """
			{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
			 "detail":"The request body has 1 invalid field: endYear","instance":"%s","code":"invalid-body",
			 "correlationId":"ffr","errors":[{"name":"endYear","in":"body","message":"must not be before releaseYear"}]}""";

	private static final String RUNTIME_TOO_LONG = """
			{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
			 "detail":"The request body has 1 invalid field: runtimeMinutes","instance":"%s","code":"invalid-body",
			 "correlationId":"ffr",
			 "errors":[{"name":"runtimeMinutes","in":"body","message":"must be less than or equal to 100000"}]}""";

	private static final String TMDB_TAKEN = """
			{"type":"/problems/conflict","title":"Conflict","status":409,
			 "detail":"There is already a film with TMDB id 951001 (/api/v1/films/tt9510001); change that one or choose another value",
			 "instance":"%s","code":"conflict","correlationId":"ffr",
			 "errors":[{"name":"externalIds.tmdb","in":"body","message":"is the TMDB id of film tt9510001"}]}""";

	private static final String WIKIDATA_TAKEN = """
			{"type":"/problems/conflict","title":"Conflict","status":409,
			 "detail":"There is already a film with Wikidata id Q951001 (/api/v1/films/tt9510001); change that one or choose another value",
			 "instance":"%s","code":"conflict","correlationId":"ffr",
			 "errors":[{"name":"externalIds.wikidata","in":"body","message":"is the Wikidata id of film tt9510001"}]}""";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApiKeys keys;

	@Autowired
	JdbcTemplate jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	private AdminCalls admin;

	@BeforeEach
	void createTheHolder() {
		this.admin = new AdminCalls(this.mvc, TestKeys.admin(this.keys), "ffr");
		assertThat(this.admin.post("/api/v1/films", """
				{"imdbId":"tt9510001","title":"Holder","type":"movie","releaseYear":2010,
				 "externalIds":{"tmdb":951001,"wikidata":"Q951001"}}""")).hasStatus(201);
		assertThat(this.admin.post("/api/v1/films", """
				{"imdbId":"tt9510002","title":"Other","type":"tvSeries","releaseYear":2010}""")).hasStatus(201);
	}

	@AfterEach
	void deleteFilms() {
		this.jdbc.update("delete from film where imdb_id like 'tt95100%'");
		this.jdbc.update("delete from film_list where title like 'FFR list%'");
	}

	@Test
	void anEndYearBeforeTheReleaseYearIsRefusedByEveryWrite() {
		assertProblem(this.admin.post("/api/v1/films", """
				{"imdbId":"tt9510003","title":"T","type":"tvSeries","releaseYear":2010,"endYear":2000}"""), 400,
				YEARS_OUT_OF_ORDER.formatted("/api/v1/films"));
		assertProblem(this.admin.patch("/api/v1/films/tt9510002", "\"0\"", "{\"endYear\":2000}"), 400,
				YEARS_OUT_OF_ORDER.formatted("/api/v1/films/tt9510002"));
		assertProblem(putDocument("tt9510003", (document) -> document.put("releaseYear", 2010).put("endYear", 2000)),
				400, YEARS_OUT_OF_ORDER.formatted("/api/v1/films/tt9510003/document"));
		assertNothingChanged();
	}

	@Test
	void aRuntimePastItsBoundIsRefusedByEveryWrite() {
		assertProblem(this.admin.post("/api/v1/films", """
				{"imdbId":"tt9510003","title":"T","type":"movie","runtimeMinutes":100001}"""), 400,
				RUNTIME_TOO_LONG.formatted("/api/v1/films"));
		assertProblem(this.admin.patch("/api/v1/films/tt9510002", "\"0\"", "{\"runtimeMinutes\":100001}"), 400,
				RUNTIME_TOO_LONG.formatted("/api/v1/films/tt9510002"));
		assertProblem(putDocument("tt9510003", (document) -> document.put("runtimeMinutes", 100001)), 400,
				RUNTIME_TOO_LONG.formatted("/api/v1/films/tt9510003/document"));
		assertNothingChanged();
	}

	@Test
	void aTmdbIdAnotherFilmHoldsIsAConflictNamingTheFieldAndTheFilm() {
		assertProblem(this.admin.post("/api/v1/films", """
				{"imdbId":"tt9510003","title":"T","type":"movie","externalIds":{"tmdb":951001}}"""), 409,
				TMDB_TAKEN.formatted("/api/v1/films"));
		assertProblem(this.admin.patch("/api/v1/films/tt9510002", "\"0\"", "{\"externalIds\":{\"tmdb\":951001}}"), 409,
				TMDB_TAKEN.formatted("/api/v1/films/tt9510002"));
		MvcTestResult put = putDocument("tt9510003",
				(document) -> ((ObjectNode) document.get("externalIds")).put("tmdb", 951001));
		assertProblem(put, 409, TMDB_TAKEN.formatted("/api/v1/films/tt9510003/document"));
		// The same request again: the same answer, never "retry".
		assertProblem(
				putDocument("tt9510003", (document) -> ((ObjectNode) document.get("externalIds")).put("tmdb", 951001)),
				409, TMDB_TAKEN.formatted("/api/v1/films/tt9510003/document"));
		assertNothingChanged();
	}

	@Test
	void aWikidataIdAnotherFilmHoldsIsAConflictNamingTheFieldAndTheFilm() {
		assertProblem(this.admin.post("/api/v1/films", """
				{"imdbId":"tt9510003","title":"T","type":"movie","externalIds":{"wikidata":"Q951001"}}"""), 409,
				WIKIDATA_TAKEN.formatted("/api/v1/films"));
		assertProblem(
				this.admin.patch("/api/v1/films/tt9510002", "\"0\"", "{\"externalIds\":{\"wikidata\":\"Q951001\"}}"),
				409, WIKIDATA_TAKEN.formatted("/api/v1/films/tt9510002"));
		assertProblem(
				putDocument("tt9510003",
						(document) -> ((ObjectNode) document.get("externalIds")).put("wikidata", "Q951001")),
				409, WIKIDATA_TAKEN.formatted("/api/v1/films/tt9510003/document"));
		assertNothingChanged();
	}

	@Test
	void aFilmKeepsItsOwnExternalIdsWhenPatched() {
		assertThat(this.admin.patch("/api/v1/films/tt9510001", "\"0\"", "{\"title\":\"Holder, renamed\"}"))
			.hasStatusOk();
	}

	@Test
	void aDocumentNamingOneListTwiceIsRefusedNamingTheSecondMention() {
		MvcTestResult put = putDocument("tt9510003", (document) -> document.set("lists",
				this.json.readTree("[{\"title\":\"FFR list\"},{\"title\":\"FFR list 2\"},{\"title\":\"FFR list\"}]")));

		assertProblem(put, 400,
				"""
						{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
						 "detail":"The request body has 1 invalid field: lists[2].title",
						 "instance":"/api/v1/films/tt9510003/document","code":"invalid-body","correlationId":"ffr",
						 "errors":[{"name":"lists[2].title","in":"body","message":"names the same list as lists[0]; a film is on a list once"}]}""");
		assertNothingChanged();
		assertThat(this.jdbc.queryForObject("select count(*) from film_list where title like 'FFR list%'", Long.class))
			.isZero();
	}

	private MvcTestResult putDocument(String imdbId, java.util.function.Consumer<ObjectNode> change) {
		ObjectNode document = this.json.valueToTree(FilmDocumentBuilder.film(imdbId, "Document").build());
		change.accept(document);
		return this.admin.put("/api/v1/films/" + imdbId + "/document", null, this.json.writeValueAsString(document));
	}

	private void assertNothingChanged() {
		assertThat(this.jdbc.queryForList(
				"select imdb_id || ' ' || title || ' ' || coalesce(end_year, 0) || ' ' || coalesce(runtime_minutes, 0)"
						+ " || ' ' || coalesce(tmdb_id, 0) || ' ' || coalesce(wikidata_id, '-') || ' ' || version"
						+ " from film where imdb_id like 'tt95100%' order by imdb_id",
				String.class))
			.containsExactly("tt9510001 Holder 0 0 951001 Q951001 0", "tt9510002 Other 0 0 0 - 0");
	}

}
