package dev.marquee.films;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.marquee.MarqueeTest;
import dev.marquee.apikey.ApiKeys;
import dev.marquee.credit.Department;
import dev.marquee.film.FilmType;
import dev.marquee.support.web.Cursor;
import dev.marquee.testdata.AdminCalls;
import dev.marquee.testdata.FilmDocumentBuilder;
import dev.marquee.testdata.TestFilms;
import dev.marquee.testdata.TestIds;
import dev.marquee.testdata.TestKeys;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.marquee.testdata.AdminCalls.body;
import static dev.marquee.testdata.AdminCalls.etag;
import static dev.marquee.testdata.SectionAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "More like this" over films the test makes, whose genres, keywords and people no other
 * test's films have: ranked by what they share, weighted by votes, each saying what it
 * shares; a film sharing nothing, or an episode, is not listed.
 */
@MarqueeTest
class SimilarFilmsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	FilmDocuments documents;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper jsonMapper;

	@Autowired
	ApiKeys keys;

	private final String drama = TestIds.word("Simdrama");

	private final String music = TestIds.word("Simmusic");

	private final String jazz = TestIds.word("simjazz");

	private final String piano = TestIds.word("simpiano");

	private final String dusk = TestIds.word("simdusk");

	private final String other = TestIds.word("Simother");

	private final String actor = TestIds.person();

	private final String director = TestIds.person();

	private TestFilms.Created target;

	private TestFilms.Created alike;

	private TestFilms.Created popular;

	private TestFilms.Created obscure;

	@BeforeEach
	void createFilms() {
		TestFilms films = new TestFilms(this.documents);
		this.target = films.create(FilmDocumentBuilder.film("Sim Target")
			.genres(this.drama, this.music)
			.keyword(this.jazz)
			.keyword(this.piano)
			.keyword(this.dusk)
			.actor(this.actor, "Sim Actor", "Mia")
			.crew(this.director, "Sim Director", Department.DIRECTING, "Director"));
		this.alike = films.create(FilmDocumentBuilder.film("Sim Alike")
			.genres(this.drama)
			.keyword(this.piano)
			.keyword(this.jazz)
			.actor(this.actor, "Sim Actor", "Sebastian")
			.rating("7.0", 1000)
			.translation("de", "Sim Ähnlich", null, null));
		this.popular = films.create(FilmDocumentBuilder.film("Sim Popular")
			.genres(this.music, this.drama)
			.rating("8.0", 1_000_000)
			.translation("de", null, "Ein Film, den alle kennen.", null)
			.translation("fr", "Sim Populaire", null, null));
		this.obscure = films.create(FilmDocumentBuilder.film("Sim Obscure")
			.languages("de")
			.translation("fr", "Sim Obscur", null, null)
			.genres(this.other)
			.keyword(this.dusk)
			.crew(this.director, "Sim Director", Department.WRITING, "Writer"));
		films.create(FilmDocumentBuilder.film("Sim Unrelated").genres(this.other).rating("9.0", 5000));
		films.create(FilmDocumentBuilder.film("Sim Episode")
			.type(FilmType.TV_EPISODE)
			.genres(this.drama)
			.actor(this.actor, "Sim Actor", "Guest"));
	}

	@Test
	void listsTheFilmsSharingTheMostFirstWeightedByVotesSayingWhatEachShares() {
		MvcTestResult first = this.mvc.get().uri(this.target.uri() + "/similar?size=2").exchange();

		String cursor = Cursor.of(SimilarFilms.SORT, "8.000", this.popular.id()).encode();
		assertThat(first).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(
					"""
							{"items":[
							 {"film":%s,"score":20.002,"shared":{"keywords":[%s,%s],"genres":["%s"],"people":[%s]}},
							 {"film":%s,"score":8.000,"shared":{"keywords":[],"genres":["%s","%s"],"people":[]}}],
							 "size":2,"nextCursor":"%s","next":"http://localhost%s/similar?size=2&after=%s","total":null}"""
						.formatted(summary(this.alike, "Sim Alike", this.drama, "7.0", 1000), keyword(this.jazz),
								keyword(this.piano), this.drama, person(this.actor, "Sim Actor"), summary(this.popular,
										"Sim Popular", this.music + "\",\"" + this.drama, "8.0", 1_000_000),
								this.music, this.drama, cursor, this.target.uri(), cursor));

		MvcTestResult second = this.mvc.get().uri(this.target.uri() + "/similar?size=2&after=" + cursor).exchange();
		assertThat(second).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"items":[
					 {"film":%s,"score":5.000,"shared":{"keywords":[%s],"genres":[],"people":[%s]}}],
					 "size":2,"nextCursor":null,"next":null,"total":null}""".formatted(
					summary(this.obscure, "Sim Obscure", this.other, null, 0), keyword(this.dusk),
					person(this.director, "Sim Director")));
	}

	@Test
	void theTitlePageEmbedsTheFirstSimilarFilmsWithEverythingElseOfTheFilm() {
		String film = body(this.mvc.get().uri(this.target.uri()).exchange());

		MvcTestResult page = this.mvc.get().uri(this.target.uri() + "?include=similar").exchange();

		assertThat(page).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(film.substring(0, film.length() - 1) + """
					,"similar":{"items":[
					 {"film":%s,"score":20.002,"shared":{"keywords":[%s,%s],"genres":["%s"],"people":[%s]}},
					 {"film":%s,"score":8.000,"shared":{"keywords":[],"genres":["%s","%s"],"people":[]}},
					 {"film":%s,"score":5.000,"shared":{"keywords":[%s],"genres":[],"people":[%s]}}],
					 "size":10,"nextCursor":null,"next":null}}""".formatted(
					summary(this.alike, "Sim Alike", this.drama, "7.0", 1000), keyword(this.jazz), keyword(this.piano),
					this.drama, person(this.actor, "Sim Actor"),
					summary(this.popular, "Sim Popular", this.music + "\",\"" + this.drama, "8.0", 1_000_000),
					this.music, this.drama, summary(this.obscure, "Sim Obscure", this.other, null, 0),
					keyword(this.dusk), person(this.director, "Sim Director")));
	}

	@Test
	void theTitlePageShowsTheFirstTenSimilarFilmsAndLinksTheRest() {
		TestFilms films = new TestFilms(this.documents);
		String shared = TestIds.word("simmany");
		TestFilms.Created film = films.create(FilmDocumentBuilder.film("Sim Many").keyword(shared));
		for (int i = 1; i <= 11; i++) {
			films.create(FilmDocumentBuilder.film("Sim Many " + i).keyword(shared).rating("6.0", i * 100));
		}

		MvcTestResult page = this.mvc.get().uri(film.uri() + "?include=similar").exchange();
		MvcTestResult firstTen = this.mvc.get().uri(film.uri() + "/similar?size=10").exchange();

		String items = json(firstTen).get("items").toString();
		String cursor = json(firstTen).get("nextCursor").asString();
		String next = "http://localhost/api/v1/films/%d/similar?size=10&after=%s".formatted(film.id(), cursor);
		assertThat(page).hasStatusOk();
		assertThat(json(page).get("similar").toString()).isEqualTo(
				json("{\"items\":%s,\"size\":10,\"nextCursor\":\"%s\",\"next\":\"%s\"}".formatted(items, cursor, next))
					.toString());
		assertThat(json(page).get("similar").get("items")).hasSize(10);
		assertThat(this.mvc.get().uri(next).exchange()).hasStatusOk()
			.bodyJson()
			.extractingPath("items[*].film.title")
			.isEqualTo(List.of("Sim Many 1"));
		assertThat(this.mvc.get().uri(film.uri() + "?include=similar&language=fr").exchange()).hasStatusOk()
			.bodyJson()
			.extractingPath("similar.next")
			.isEqualTo(next + "&language=fr");
	}

	@Test
	void theFilmsSharingOnlyAGenreAreTheHundredMostVotedOfIt() {
		TestFilms films = new TestFilms(this.documents);
		String genre = TestIds.word("Simcrowd");
		TestFilms.Created film = films.create(FilmDocumentBuilder.film("Sim Crowd").genres(genre));
		List<String> mostVotedFirst = new ArrayList<>();
		try {
			// a million votes or more, so that all of them are among the catalogue's
			// 2,000 or so most voted whatever else the database holds, and far enough
			// apart for their scores to differ
			for (int i = 1; i <= 101; i++) {
				films.create(FilmDocumentBuilder.film("Sim Crowd " + i).genres(genre).rating("5.0", i * 1_000_000));
				mostVotedFirst.add(0, "Sim Crowd " + i);
			}
			films.create(FilmDocumentBuilder.film("Sim Crowd Episode")
				.type(FilmType.TV_EPISODE)
				.genres(genre)
				.rating("5.0", 200_000_000));

			MvcTestResult page = this.mvc.get().uri(film.uri() + "/similar?size=100").exchange();

			assertThat(page).hasStatusOk().bodyJson().extractingPath("nextCursor").isNull();
			assertThat(page).bodyJson().extractingPath("items[*].film.title").isEqualTo(mostVotedFirst.subList(0, 100));
			assertThat(page).bodyJson()
				.extractingPath("items[0].shared")
				.isEqualTo(Map.of("keywords", List.of(), "genres", List.of(genre), "people", List.of()));
		}
		finally {
			this.jdbc.update("DELETE FROM film WHERE title LIKE 'Sim Crowd%' AND ? = ANY (genres)", genre);
		}
	}

	@Test
	void listsTheSimilarFilmsUnderTheirTitlesInTheLanguageAskedForAsTheirOwnPagesWouldBe() {
		// Sim Alike has a translation in de (asked de-AT: its primary language serves);
		// Sim Popular's de translation has no title (its original serves, not its fr
		// one); Sim Obscure is in de (its original serves, not its fr translation).
		String german = """
				{"items":[
				 {"film":%s,"score":20.002,"shared":{"keywords":[%s,%s],"genres":["%s"],"people":[%s]}},
				 {"film":%s,"score":8.000,"shared":{"keywords":[],"genres":["%s","%s"],"people":[]}},
				 {"film":%s,"score":5.000,"shared":{"keywords":[%s],"genres":[],"people":[%s]}}],
				 "size":20,"nextCursor":null,"next":null,"total":null}""".formatted(
				summary(this.alike, "Sim Ähnlich", this.drama, "7.0", 1000), keyword(this.jazz), keyword(this.piano),
				this.drama, person(this.actor, "Sim Actor"),
				summary(this.popular, "Sim Popular", this.music + "\",\"" + this.drama, "8.0", 1_000_000), this.music,
				this.drama, summary(this.obscure, "Sim Obscure", this.other, null, 0), keyword(this.dusk),
				person(this.director, "Sim Director"));
		String uri = this.target.uri() + "/similar";

		MvcTestResult byParameter = this.mvc.get().uri(uri).param("language", "de-AT").exchange();
		MvcTestResult byHeader = this.mvc.get()
			.uri(uri)
			.header(HttpHeaders.ACCEPT_LANGUAGE, "de-AT, fr;q=0.5")
			.exchange();
		MvcTestResult french = this.mvc.get().uri(uri).param("language", "fr").exchange();
		MvcTestResult plain = this.mvc.get().uri(uri).exchange();

		assertThat(byParameter).hasStatusOk().bodyJson().isStrictlyEqualTo(german);
		assertThat(byHeader).hasStatusOk().bodyJson().isStrictlyEqualTo(german);
		assertThat(french).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(german.replace("Sim Ähnlich", "Sim Alike")
				.replace("Sim Popular", "Sim Populaire")
				.replace("Sim Obscure", "Sim Obscur"));
		assertThat(plain).hasStatusOk().bodyJson().isStrictlyEqualTo(german.replace("Sim Ähnlich", "Sim Alike"));
		for (MvcTestResult result : List.of(byParameter, byHeader, french, plain)) {
			assertThat(result.getResponse().getHeaders(HttpHeaders.VARY)).contains(HttpHeaders.ACCEPT_LANGUAGE);
		}
		assertThat(etag(byParameter)).isEqualTo(etag(byHeader)).isNotEqualTo(etag(plain)).isNotEqualTo(etag(french));
	}

	@Test
	void theTitlePageInALanguageShowsTheSimilarFilmsUnderTheirTitlesInIt() throws Exception {
		String uri = this.target.uri() + "?include=similar";
		MvcTestResult plain = this.mvc.get().uri(uri).exchange();

		MvcTestResult german = this.mvc.get().uri(uri + "&language=de").exchange();

		ObjectNode expected = (ObjectNode) json(plain).deepCopy();
		expected.putObject("translation").putNull("language").put("translated", false).putNull("tagline");
		((ObjectNode) expected.get("similar").get("items").get(0).get("film")).put("title", "Sim Ähnlich");
		assertThat(german).hasStatusOk().doesNotContainHeader(HttpHeaders.CONTENT_LANGUAGE);
		JSONAssert.assertEquals(expected.toString(), body(german), JSONCompareMode.STRICT);
		assertThat(german.getResponse().getHeaders(HttpHeaders.VARY)).contains(HttpHeaders.ACCEPT_LANGUAGE);
		assertThat(etag(german)).isNotEqualTo(etag(plain))
			.isNotEqualTo(etag(this.mvc.get().uri(uri + "&language=fr").exchange()));
	}

	@Test
	void aTranslationEditedOnASimilarFilmChangesTheTagOfTheTitlePageShowingIt() {
		String uri = this.target.uri() + "?include=similar&language=de";
		String tag = etag(this.mvc.get().uri(uri).exchange());
		assertThat(this.mvc.get().uri(uri).header(HttpHeaders.IF_NONE_MATCH, tag)).hasStatus(304);
		String translations = this.alike.uri() + "/translations";
		JsonNode translation = json(this.mvc.get().uri(translations).exchange()).get("items").get(0);
		AdminCalls admin = new AdminCalls(this.mvc, TestKeys.admin(this.keys), "sim-lang");

		assertThat(admin.patch(translations + "/" + translation.get("id").asLong(),
				"\"" + translation.get("version").asLong() + "\"", "{\"title\":\"Sim Gleich\"}"))
			.hasStatusOk();

		MvcTestResult after = this.mvc.get().uri(uri).header(HttpHeaders.IF_NONE_MATCH, tag).exchange();
		assertThat(after).hasStatusOk();
		assertThat(etag(after)).isNotEqualTo(tag);
		assertThat(after).bodyJson().extractingPath("similar.items[0].film.title").isEqualTo("Sim Gleich");
		assertThat(this.mvc.get().uri(uri).header(HttpHeaders.IF_NONE_MATCH, etag(after))).hasStatus(304);
	}

	@Test
	void theTitlePageTagChangesWhenAFilmBecomesSimilarThoughNoFilmShownChanged() {
		String uri = this.target.uri() + "?include=similar";
		MvcTestResult before = this.mvc.get().uri(uri).exchange();
		String tag = etag(before);
		assertThat(this.mvc.get().uri(uri).header(HttpHeaders.IF_NONE_MATCH, tag)).hasStatus(304);

		TestFilms.Created newcomer = new TestFilms(this.documents)
			.create(FilmDocumentBuilder.film("Sim Newcomer").keyword(this.jazz).rating("5.0", 10));

		MvcTestResult after = this.mvc.get().uri(uri).header(HttpHeaders.IF_NONE_MATCH, tag).exchange();
		assertThat(after).hasStatusOk();
		assertThat(etag(after)).isNotEqualTo(tag);
		assertThat(after).bodyJson().extractingPath("similar.items[*].film.id").asArray().contains((int) newcomer.id());
		assertThat(this.mvc.get().uri(uri).header(HttpHeaders.IF_NONE_MATCH, etag(after))).hasStatus(304);
	}

	@Test
	void aFilmDocumentHoldsNoSimilarFilms() {
		assertThat(this.mvc.get().uri(this.target.uri() + "/document").exchange()).hasStatusOk()
			.bodyJson()
			.doesNotHavePath("similar");
	}

	@Test
	void answersAnEmptyPageForAFilmLikeNoOther() {
		TestFilms.Created alone = new TestFilms(this.documents)
			.create(FilmDocumentBuilder.film("Sim Alone").genres(TestIds.word("Simalone")));

		assertThat(this.mvc.get().uri(alone.uri() + "/similar").exchange()).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"items":[],"size":20,"nextCursor":null,"next":null,"total":null}""");
	}

	@Test
	void returnsNotFoundProblemForAnUnknownFilm() {
		assertProblem(
				this.mvc.get().uri("/api/v1/films/tt0000000001/similar").header("X-Request-Id", "sim-404").exchange(),
				404, """
						{"type":"/problems/not-found","title":"Resource not found","status":404,
						 "detail":"No film with id 'tt0000000001'","instance":"/api/v1/films/tt0000000001/similar",
						 "code":"not-found","correlationId":"sim-404"}""");
	}

	@Test
	void returnsInvalidParameterProblemForACursorOfAnotherList() {
		String after = Cursor.of("title", "Sim", 1).encode();
		assertProblem(
				this.mvc.get()
					.uri(this.target.uri() + "/similar?after=" + after)
					.header("X-Request-Id", "sim-400")
					.exchange(),
				400,
				"""
						{"type":"/problems/invalid-parameter","title":"Invalid request parameter","status":400,
						 "detail":"this cursor belongs to sort=title; keep the sort of the request that returned it",
						 "instance":"%s/similar","code":"invalid-parameter","correlationId":"sim-400",
						 "errors":[{"name":"after","in":"query",
						 "message":"this cursor belongs to sort=title; keep the sort of the request that returned it"}]}"""
					.formatted(this.target.uri()));
	}

	private static String summary(TestFilms.Created film, String title, String genres, @Nullable String average,
			int votes) {
		return """
				{"id":%d,"imdbId":"%s","title":"%s","type":"movie","releaseYear":2000,"runtimeMinutes":100,
				 "genres":["%s"],"rating":{"average":%s,"votes":%d},"poster":null}""".formatted(film.id(),
				film.imdbId(), title, genres, average, votes);
	}

	private JsonNode json(MvcTestResult result) {
		return this.jsonMapper.readTree(body(result));
	}

	private JsonNode json(String json) {
		return this.jsonMapper.readTree(json);
	}

	private static String keyword(String name) {
		return "{\"slug\":\"%s\",\"name\":\"%s\"}".formatted(name, name);
	}

	private String person(String imdbId, String name) {
		long id = this.jdbc.queryForObject("select id from person where imdb_id = ?", Long.class, imdbId);
		return "{\"id\":%d,\"imdbId\":\"%s\",\"name\":\"%s\"}".formatted(id, imdbId, name);
	}

}
