package dev.marquee.support.web;

import dev.marquee.MarqueeTest;
import dev.marquee.apikey.ApiKeys;
import dev.marquee.testdata.AdminCalls;
import dev.marquee.testdata.FilmDocumentBuilder;
import dev.marquee.testdata.TestKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.marquee.testdata.AdminCalls.assertProblem;
import static dev.marquee.testdata.AdminCalls.body;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * How every JSON request body is read: strings in NFC and never holding a lone surrogate,
 * dates of the years 1 to 9999, each key once per object. Films here are tt9511001 and
 * up.
 */
@MarqueeTest
class RequestBodyReadingTests {

	private static final String PRECOMPOSED = "Ami\u00e9e Reading";

	private static final String DECOMPOSED = "Amie\u0301e Reading";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApiKeys keys;

	@Autowired
	JdbcTemplate jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	private AdminCalls admin;

	@BeforeEach
	void issueAdminKey() {
		this.admin = new AdminCalls(this.mvc, TestKeys.admin(this.keys), "rbr");
	}

	@AfterEach
	void deleteData() {
		this.jdbc.update("delete from film where imdb_id like 'tt95110%'");
		this.jdbc.update("delete from person where name in (?, ?)", PRECOMPOSED, DECOMPOSED);
	}

	@Test
	void aLoneSurrogateIsRefusedNamingTheField() {
		MvcTestResult result = this.admin.post("/api/v1/films", """
				{"imdbId":"tt9511001","title":"a\\ud800b","type":"movie","genres":["Drama","x\\udc00"]}""");

		assertProblem(result, 400, """
				{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
				 "detail":"The request body has 1 invalid field: title","instance":"/api/v1/films",
				 "code":"invalid-body","correlationId":"rbr",
				 "errors":[{"name":"title","in":"body","message":"%s"}]}""".formatted(loneSurrogate()));
		assertThat(this.admin.post("/api/v1/films", """
				{"imdbId":"tt9511001","title":"T","type":"movie","genres":["Drama","x\\udc00"]}"""))
			.satisfies((list) -> assertProblem(list, 400, """
					{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
					 "detail":"The request body has 1 invalid field: genres[1]","instance":"/api/v1/films",
					 "code":"invalid-body","correlationId":"rbr",
					 "errors":[{"name":"genres[1]","in":"body","message":"%s"}]}""".formatted(loneSurrogate())));
		assertThat(this.jdbc.queryForObject("select count(*) from film where imdb_id = 'tt9511001'", Long.class))
			.isZero();
	}

	@Test
	void aSurrogatePairIsOneCharacterAndKept() {
		MvcTestResult result = this.admin.post("/api/v1/films", """
				{"imdbId":"tt9511002","title":"La La \\ud83c\\udfb9","type":"movie"}""");

		assertThat(result).hasStatus(201);
		assertThat(this.jdbc.queryForObject("select title from film where imdb_id = 'tt9511002'", String.class))
			.isEqualTo("La La \uD83C\uDFB9");
	}

	@Test
	void stringsAreStoredInNfcSoBothSpellingsOfANameAreOnePerson() {
		assertThat(this.admin.put("/api/v1/films/tt9511003/document", null,
				this.json.writeValueAsString(FilmDocumentBuilder.film("tt9511003", "Typed " + DECOMPOSED)
					.actor(null, DECOMPOSED, "Herself")
					.build())))
			.hasStatus(201);
		assertThat(this.admin.put("/api/v1/films/tt9511004/document", null,
				this.json.writeValueAsString(FilmDocumentBuilder.film("tt9511004", "Typed " + PRECOMPOSED)
					.actor(null, PRECOMPOSED, "Herself")
					.build())))
			.hasStatus(201);

		assertThat(this.jdbc.queryForList("select name from person where name in (?, ?)", String.class, PRECOMPOSED,
				DECOMPOSED))
			.containsExactly(PRECOMPOSED);
		assertThat(this.jdbc.queryForList("select title from film where imdb_id like 'tt95110%' order by imdb_id",
				String.class))
			.containsExactly("Typed " + PRECOMPOSED, "Typed " + PRECOMPOSED);
		assertThat(body(this.mvc.get().uri("/api/v1/films/tt9511003").exchange()))
			.contains("\"title\":\"Typed " + PRECOMPOSED + "\"");
	}

	@Test
	void datesOutsideTheYears1To9999AreRefusedNamingTheField() {
		create("tt9511005");
		for (String date : new String[] { "0000-01-01", "-0001-12-31", "+10000-01-01" }) {
			MvcTestResult result = this.admin.post("/api/v1/films/tt9511005/release-dates",
					"{\"country\":\"US\",\"date\":\"" + date + "\",\"note\":null}");

			assertProblem(result, 400,
					"""
							{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
							 "detail":"The request body has 1 invalid field: date",
							 "instance":"/api/v1/films/tt9511005/release-dates","code":"invalid-body","correlationId":"rbr",
							 "errors":[{"name":"date","in":"body","message":"must be a date from 0001-01-01 to 9999-12-31"}]}""");
		}
		assertThat(this.jdbc.queryForObject(
				"select count(*) from release_date r join film f on f.id = r.film_id where f.imdb_id = 'tt9511005'",
				Long.class))
			.isZero();
	}

	@Test
	void theFirstAndLastDatesRoundTripExactly() {
		create("tt9511006");
		assertThat(this.admin.post("/api/v1/films/tt9511006/release-dates",
				"{\"country\":\"US\",\"date\":\"0001-01-01\",\"note\":null}"))
			.hasStatus(201);
		assertThat(this.admin.post("/api/v1/films/tt9511006/release-dates",
				"{\"country\":\"FR\",\"date\":\"9999-12-31\",\"note\":null}"))
			.hasStatus(201);

		assertThat(this.json.readTree(body(this.mvc.get().uri("/api/v1/films/tt9511006/release-dates").exchange()))
			.get("items")
			.valueStream()
			.map((item) -> item.get("date").asString())
			.toList()).containsExactly("0001-01-01", "9999-12-31");
	}

	@Test
	void aKeySentTwiceIsRefusedNamingIt() {
		MvcTestResult top = this.admin.post("/api/v1/films", """
				{"imdbId":"tt9511007","title":"A","type":"movie","title":"B"}""");
		MvcTestResult nested = this.admin.post("/api/v1/films", """
				{"imdbId":"tt9511007","title":"A","type":"movie","externalIds":{"tmdb":1,"tmdb":2}}""");
		create("tt9511008");
		MvcTestResult patch = this.admin.patch("/api/v1/films/tt9511008", "\"0\"", """
				{"plot":"one","plot":"two"}""");

		assertProblem(top, 400, duplicate("title", "/api/v1/films"));
		assertProblem(nested, 400, duplicate("externalIds.tmdb", "/api/v1/films"));
		assertProblem(patch, 400, duplicate("plot", "/api/v1/films/tt9511008"));
		assertThat(this.jdbc.queryForList("select imdb_id || ' ' || coalesce(plot, '-') from film"
				+ " where imdb_id in ('tt9511007', 'tt9511008')", String.class))
			.containsExactly("tt9511008 -");
	}

	@Test
	void aValueOfAnotherJsonTypeIsRefusedNotConvertedAndEveryOneIsNamed() {
		MvcTestResult post = this.admin.post("/api/v1/films", """
				{"imdbId":"tt9511009","title":5,"type":0,"releaseYear":"2016","endYear":2016.0,
				 "runtimeMinutes":128.5,"plot":true,"genres":["Drama",7],"adult":1}""");
		create("tt9511010");
		MvcTestResult patch = this.admin.patch("/api/v1/films/tt9511010", "\"0\"", """
				{"plot":5,"adult":"true","runtimeMinutes":"128"}""");

		assertProblem(post, 400,
				"""
								{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
								 "detail":"The request body has 8 invalid fields: adult, endYear, genres[1], plot, releaseYear, runtimeMinutes, title, type",
								 "instance":"/api/v1/films","code":"invalid-body","correlationId":"rbr",
								 "errors":[{"name":"adult","in":"body","message":"must be true or false"},
								           {"name":"endYear","in":"body","message":"must be a whole number"},
								           {"name":"genres[1]","in":"body","message":"must be a string"},
								           {"name":"plot","in":"body","message":"must be a string"},
								           {"name":"releaseYear","in":"body","message":"must be a whole number"},
								           {"name":"runtimeMinutes","in":"body","message":"must be a whole number"},
								           {"name":"title","in":"body","message":"must be a string"},
								           {"name":"type","in":"body","message":"unknown value '0'; expected one of movie, short, \
						tvSeries, tvMiniSeries, tvEpisode, tvMovie, tvSpecial, tvShort, tvPilot, video, videoGame"}]}""");
		assertProblem(patch, 400, """
				{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
				 "detail":"The request body has 3 invalid fields: adult, plot, runtimeMinutes",
				 "instance":"/api/v1/films/tt9511010","code":"invalid-body","correlationId":"rbr",
				 "errors":[{"name":"adult","in":"body","message":"must be true or false"},
				           {"name":"plot","in":"body","message":"must be a string"},
				           {"name":"runtimeMinutes","in":"body","message":"must be a whole number"}]}""");
		assertThat(this.jdbc.queryForList("select imdb_id || ' ' || coalesce(plot, '-') || ' ' || adult || ' '"
				+ " || coalesce(runtime_minutes::text, '-') from film where imdb_id in ('tt9511009', 'tt9511010')",
				String.class))
			.containsExactly("tt9511010 - false -");
	}

	@Test
	void numbersWhereNumbersBelongAreTakenWhetherWrittenWholeOrWithAFraction() {
		assertThat(this.admin.post("/api/v1/films", """
				{"imdbId":"tt9511011","title":"Rated","type":"movie","releaseYear":2016,
				 "rating":{"average":8,"votes":1},"adult":false}""")).hasStatus(201);

		assertThat(this.jdbc.queryForList("select release_year || ' ' || rating_average || ' ' || adult from film"
				+ " where imdb_id = 'tt9511011'", String.class))
			.containsExactly("2016 8.0 false");
	}

	private void create(String imdbId) {
		assertThat(
				this.admin.post("/api/v1/films", "{\"imdbId\":\"" + imdbId + "\",\"title\":\"T\",\"type\":\"movie\"}"))
			.hasStatus(201);
	}

	private static String duplicate(String name, String instance) {
		return """
				{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
				 "detail":"The request body has 1 invalid field: %s","instance":"%s",
				 "code":"invalid-body","correlationId":"rbr",
				 "errors":[{"name":"%s","in":"body","message":"is sent twice in one object; send each field once"}]}"""
			.formatted(name, instance, name);
	}

	private static String loneSurrogate() {
		return RequestStrings.LONE_SURROGATE.replace("\\", "\\\\");
	}

}
