package dev.marquee.film;

import java.util.ArrayList;
import java.util.List;

import dev.marquee.MarqueeTest;
import dev.marquee.credit.Department;
import dev.marquee.testdata.FilmDocumentBuilder;
import dev.marquee.testdata.TestFilms;
import dev.marquee.testdata.TestIds;
import dev.marquee.films.FilmDocuments;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GET /api/v1/films: filters, sorts, keyset paging and the refusals. Every film here has
 * a genre of this class's own ({@link #genre}), so the other tests' films sharing the
 * database never show up.
 */
@MarqueeTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FilmListTests {

	private final String genre = TestIds.word("Listing");

	private final String director = TestIds.person();

	private final List<TestFilms.Created> films = new ArrayList<>();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	FilmDocuments documents;

	@Autowired
	JdbcTemplate jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	@BeforeAll
	void catalogue() {
		TestFilms fixture = new TestFilms(this.documents);
		this.films.add(fixture.create(film("Alpha", 2001, "7.5", 300).countries("US").languages("en")));
		this.films.add(fixture.create(film("Bravo", 1999, "8.1", 300).countries("FR").languages("fr")));
		fixture.create(film("Charlie", null, null, 0).type(FilmType.SHORT));
		fixture.create(film("Delta Kálmán", 2016, "6.0", 50).externalIds(424242, "Q4242"));
		// the director wrote it and plays in it too: three credits, one film in the list
		fixture.create(film("Echo", 2016, "9.0", 1000)
			.crew(this.director, "Listing Director", Department.DIRECTING, "Director")
			.crew(this.director, "Listing Director", Department.WRITING, "Writer")
			.actor(this.director, "Listing Director", "Herself"));
		for (int i = 6; i <= 25; i++) {
			fixture.create(film("Zulu %02d".formatted(i), 2020, "5.0", 10));
		}
	}

	private FilmDocumentBuilder film(String title, Integer year, String rating, int votes) {
		return FilmDocumentBuilder.film(title).year(year).rating(rating, votes).genres(this.genre);
	}

	@Test
	void firstPageHasItemsSizeCursorAndNextLink() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/api/v1/films?genre={g}&size=2", this.genre).exchange();
		TestFilms.Created alpha = this.films.get(0);
		TestFilms.Created bravo = this.films.get(1);

		JsonNode page = this.json.readTree(result.getResponse().getContentAsByteArray());
		String cursor = page.get("nextCursor").asString();
		assertThat(result).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"items":[
					  {"id":%d,"imdbId":"%s","title":"Alpha","type":"movie","releaseYear":2001,"runtimeMinutes":100,
					   "genres":["%s"],"rating":{"average":7.5,"votes":300},"poster":null},
					  {"id":%d,"imdbId":"%s","title":"Bravo","type":"movie","releaseYear":1999,"runtimeMinutes":100,
					   "genres":["%s"],"rating":{"average":8.1,"votes":300},"poster":null}],
					 "size":2,"nextCursor":"%s",
					 "next":"http://localhost/api/v1/films?genre=%s&size=2&after=%s","total":null}""".formatted(
					alpha.id(), alpha.imdbId(), this.genre, bravo.id(), bravo.imdbId(), this.genre, cursor, this.genre,
					cursor));
	}

	@Test
	void followingNextLinksVisitsEveryFilmOnceInTitleOrder() throws Exception {
		List<String> titles = new ArrayList<>();
		String next = "/api/v1/films?genre=" + this.genre + "&size=7";
		int pages = 0;
		while (next != null) {
			JsonNode page = this.json
				.readTree(this.mvc.get().uri(next).exchange().getResponse().getContentAsByteArray());
			page.get("items").forEach((item) -> titles.add(item.get("title").asString()));
			next = page.get("next").isNull() ? null : page.get("next").asString().replace("http://localhost", "");
			pages++;
		}

		assertThat(pages).isEqualTo(4);
		assertThat(titles).hasSize(25).isSorted().doesNotHaveDuplicates();
	}

	@Test
	void descendingSortsBreakTiesByIdAndPutMissingValuesLast() throws Exception {
		assertThat(titles("sort=-votes&size=4")).containsExactly("Echo", "Bravo", "Alpha", "Delta Kálmán");
		assertThat(titles("sort=-rating&size=3")).containsExactly("Echo", "Bravo", "Alpha");
		List<String> byYearDescending = titles("sort=-year&size=100");
		assertThat(byYearDescending.get(0)).isEqualTo("Zulu 25");
		assertThat(byYearDescending.get(byYearDescending.size() - 1)).isEqualTo("Charlie");
		List<String> byYear = titles("sort=year&size=100");
		assertThat(byYear.subList(0, 2)).containsExactly("Bravo", "Alpha");
		assertThat(byYear.get(byYear.size() - 1)).isEqualTo("Charlie");
	}

	@Test
	void cursorPagingAgreesWithOnePageForEverySort() throws Exception {
		for (String sort : new String[] { "title", "-title", "year", "-year", "rating", "-rating", "votes",
				"-votes" }) {
			List<String> whole = titles("sort=" + sort + "&size=100");
			List<String> paged = new ArrayList<>();
			String after = null;
			do {
				JsonNode page = this.json.readTree(this.mvc.get()
					.uri("/api/v1/films?genre=" + this.genre + "&sort=" + sort + "&size=3"
							+ ((after != null) ? "&after=" + after : ""))
					.exchange()
					.getResponse()
					.getContentAsByteArray());
				page.get("items").forEach((item) -> paged.add(item.get("title").asString()));
				after = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
			}
			while (after != null);
			assertThat(paged).as(sort).isEqualTo(whole).hasSize(25);
		}
	}

	@Test
	void filtersNarrowTheList() throws Exception {
		assertThat(titles("type=short")).containsExactly("Charlie");
		assertThat(titles("year=2016")).containsExactly("Delta Kálmán", "Echo");
		assertThat(titles("yearFrom=1999&yearTo=2001")).containsExactly("Alpha", "Bravo");
		assertThat(titles("country=FR")).containsExactly("Bravo");
		assertThat(titles("language=en")).containsExactly("Alpha");
		assertThat(titles("tmdbId=424242")).containsExactly("Delta Kálmán");
		assertThat(titles("wikidataId=Q4242")).containsExactly("Delta Kálmán");
		assertThat(titles("person=" + this.director)).containsExactly("Echo");
		Long director = this.jdbc.queryForObject("select id from person where imdb_id = ?", Long.class, this.director);
		assertThat(titles("person=" + director)).containsExactly("Echo");
		assertThat(titles("q=KALMAN")).containsExactly("Delta Kálmán");
		assertThat(titles("q=zulu 1&size=100")).containsExactly("Zulu 10", "Zulu 11", "Zulu 12", "Zulu 13", "Zulu 14",
				"Zulu 15", "Zulu 16", "Zulu 17", "Zulu 18", "Zulu 19");
		assertThat(titles("q=%25")).isEmpty();
	}

	@Test
	void totalIsCountedOnlyWhenAskedFor() throws Exception {
		JsonNode withTotal = this.json.readTree(this.mvc.get()
			.uri("/api/v1/films?genre={g}&size=1&total=true", this.genre)
			.exchange()
			.getResponse()
			.getContentAsByteArray());
		JsonNode without = this.json.readTree(this.mvc.get()
			.uri("/api/v1/films?genre={g}&size=1", this.genre)
			.exchange()
			.getResponse()
			.getContentAsByteArray());

		assertThat(withTotal.get("total").asLong()).isEqualTo(25);
		assertThat(without.get("total").isNull()).isTrue();
	}

	@Test
	void refusesUnknownSort() {
		assertInvalid("sort=popularity", "bad-sort", "sort",
				"unknown sort 'popularity'; expected one of title, -title, year, -year, rating, -rating, votes, -votes");
	}

	@Test
	void refusesMalformedCursor() {
		assertInvalid("after=not-a-cursor!", "bad-cursor", "after",
				"is not a cursor this API returned; use nextCursor from the previous page");
	}

	@Test
	void refusesCursorOfAnotherSort() throws Exception {
		JsonNode page = this.json.readTree(this.mvc.get()
			.uri("/api/v1/films?genre={g}&size=1&sort=-votes", this.genre)
			.exchange()
			.getResponse()
			.getContentAsByteArray());

		assertInvalid("sort=title&after=" + page.get("nextCursor").asString(), "other-sort", "after",
				"this cursor belongs to sort=-votes; keep the sort of the request that returned it");
	}

	@Test
	void refusesPageSizeOutOfRange() {
		assertInvalid("size=0", "size-0", "size", "must be greater than or equal to 1");
		assertInvalid("size=101", "size-101", "size", "must be less than or equal to 100");
	}

	@Test
	void refusesNonNumericAndImpossibleYears() {
		assertInvalid("year=abc", "year-abc", "year", "must be a valid integer");
		assertInvalid("year=1800", "year-1800", "year", "must be greater than or equal to 1870");
		assertInvalid("yearFrom=2020&yearTo=2010", "year-order", "yearFrom", "must not be after yearTo (2020 > 2010)");
	}

	@Test
	void refusesEmptyAndOversizedQueries() {
		assertInvalid("q=", "q-empty", "q", "must not be blank");
		assertInvalid("q=  ", "q-blank", "q", "must not be blank");
		assertInvalid("q=" + "x".repeat(1000), "q-long", "q", "size must be between 0 and 200");
	}

	@Test
	void refusesUnknownTypeAndMalformedCodes() {
		assertInvalid("type=opera", "type", "type",
				"unknown type 'opera'; expected one of movie, short, tvSeries, tvMiniSeries, tvEpisode, tvMovie, "
						+ "tvSpecial, tvShort, tvPilot, video, videoGame");
		assertInvalid("country=usa", "country", "country", "must be an ISO 3166-1 alpha-2 code such as US");
		assertInvalid("person=tt3783958", "person", "person",
				"must be a positive numeric id or an IMDb id like nm0000001 (nm followed by 7 to 10 digits)");
	}

	private void assertInvalid(String query, String requestId, String parameter, String message) {
		MockMvcTester.MockMvcRequestBuilder request = this.mvc.get()
			.uri("/api/v1/films")
			.param("genre", this.genre)
			.header("X-Request-Id", requestId);
		for (String pair : query.split("&")) {
			String[] nameAndValue = pair.split("=", 2);
			request.param(nameAndValue[0], nameAndValue[1]);
		}
		MvcTestResult result = request.exchange();

		String detail = message.startsWith("unknown") || message.startsWith("this cursor")
				|| message.startsWith("is not") || message.startsWith("must not be after")
				|| message.startsWith("must not be blank") || message.startsWith("must be a positive") ? message
						: parameter + " " + message;
		assertThat(result).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson()
			.isStrictlyEqualTo("""
					{"type":"/problems/invalid-parameter","title":"Invalid request parameter","status":400,
					 "detail":%s,"instance":"/api/v1/films","code":"invalid-parameter","correlationId":"%s",
					 "errors":[{"name":"%s","in":"query","message":%s}]}""".formatted(quote(detail), requestId,
					parameter, quote(message)));
	}

	private String quote(String text) {
		return this.json.writeValueAsString(text);
	}

	private List<String> titles(String query) throws Exception {
		JsonNode page = this.json.readTree(this.mvc.get()
			.uri("/api/v1/films?genre=" + this.genre + "&" + query)
			.exchange()
			.getResponse()
			.getContentAsByteArray());
		List<String> titles = new ArrayList<>();
		page.get("items").forEach((item) -> titles.add(item.get("title").asString()));
		return titles;
	}

}
