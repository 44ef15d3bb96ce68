package dev.marquee.film;

import java.util.List;

import dev.marquee.MarqueeTest;
import dev.marquee.testdata.FilmDocumentBuilder;
import dev.marquee.testdata.SectionJson;
import dev.marquee.testdata.TestFilms;
import dev.marquee.testdata.TestIds;
import dev.marquee.films.FilmDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.marquee.testdata.SectionAssertions.assertProblem;

/**
 * Every way a section request can be refused, provoked and asserted as a whole problem
 * body. Each request sends its own X-Request-Id, so the correlationId is known.
 */
@MarqueeTest
class SectionProblemTests {

	/**
	 * A film besides the demo one, stored again before each test.
	 */
	private static final String OTHER = TestIds.film();

	static final List<String> SECTIONS = List.of("cast", "crew", "trivia", "goofs", "crazy-credits", "connections",
			"soundtracks", "reviews", "box-office", "awards", "locations", "alternate-titles", "release-dates",
			"companies", "taglines", "certifications", "keywords", "videos", "translations");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FilmDocuments documents;

	@BeforeEach
	void storeAnotherFilm() {
		this.documents
			.upsert(FilmDocumentBuilder.film(OTHER, "Another Film").actor(null, "Other Actor", "Other").build());
	}

	@Test
	void returnsNotFoundProblemForEverySectionOfAnUnknownFilm() {
		for (String section : SECTIONS) {
			MvcTestResult result = get("/api/v1/films/tt0000001/" + section, "nf-" + section);

			assertProblem(result, 404, """
					{"type":"/problems/not-found","title":"Resource not found","status":404,
					 "detail":"No film with id 'tt0000001'","instance":"/api/v1/films/tt0000001/%1$s",
					 "code":"not-found","correlationId":"nf-%1$s"}""".formatted(section));
		}
	}

	@Test
	void returnsNotFoundProblemForAnItemOfAnUnknownFilm() {
		assertProblem(get("/api/v1/films/987654321/trivia/1", "nf-item-film"), 404, """
				{"type":"/problems/not-found","title":"Resource not found","status":404,
				 "detail":"No film with id '987654321'","instance":"/api/v1/films/987654321/trivia/1",
				 "code":"not-found","correlationId":"nf-item-film"}""");
	}

	@Test
	void returnsNotFoundProblemForAnUnknownItemOfEveryListSection() {
		for (String section : FilmSectionResourcesTests.LISTS.keySet()) {
			MvcTestResult result = get("/api/v1/films/tt3783958/" + section + "/999999999", "nf-item-" + section);

			assertProblem(result, 404, """
					{"type":"/problems/not-found","title":"Resource not found","status":404,
					 "detail":"Film 'tt3783958' has no %1$s item with id 999999999",
					 "instance":"/api/v1/films/tt3783958/%1$s/999999999",
					 "code":"not-found","correlationId":"nf-item-%1$s"}""".formatted(section));
		}
	}

	@Test
	void returnsNotFoundProblemForAnItemOfAnotherFilm() {
		Long otherCredit = this.jdbc.queryForObject("""
				select c.id from cast_credit c join film f on f.id = c.film_id where f.imdb_id = ?""", Long.class,
				OTHER);

		assertProblem(get("/api/v1/films/tt3783958/cast/" + otherCredit, "nf-other"), 404, """
				{"type":"/problems/not-found","title":"Resource not found","status":404,
				 "detail":"Film 'tt3783958' has no cast item with id %1$d",
				 "instance":"/api/v1/films/tt3783958/cast/%1$d",
				 "code":"not-found","correlationId":"nf-other"}""".formatted(otherCredit));
	}

	@Test
	void returnsNotFoundProblemForBoxOfficeOfAFilmWithoutFigures() {
		assertProblem(get("/api/v1/films/" + OTHER + "/box-office", "nf-bo"), 404, """
				{"type":"/problems/not-found","title":"Resource not found","status":404,
				 "detail":"Film '%1$s' has no box office figures","instance":"/api/v1/films/%1$s/box-office",
				 "code":"not-found","correlationId":"nf-bo"}""".formatted(OTHER));
	}

	@Test
	void returnsInvalidParameterProblemForAMalformedFilmId() {
		String message = "must be a positive numeric id or an IMDb id like tt0000001 (tt followed by 7 to 10 digits)";
		assertProblem(get("/api/v1/films/tt12/goofs", "bad-id"), 400, """
				{"type":"/problems/invalid-parameter","title":"Invalid request parameter","status":400,
				 "detail":"%1$s","instance":"/api/v1/films/tt12/goofs","code":"invalid-parameter",
				 "correlationId":"bad-id","errors":[{"name":"id","in":"path","message":"%1$s"}]}""".formatted(message));
	}

	@Test
	void returnsInvalidParameterProblemForAMalformedItemId() {
		assertProblem(get("/api/v1/films/tt3783958/goofs/first", "bad-item"), 400, """
				{"type":"/problems/invalid-parameter","title":"Invalid request parameter","status":400,
				 "detail":"itemId must be a valid integer","instance":"/api/v1/films/tt3783958/goofs/first",
				 "code":"invalid-parameter","correlationId":"bad-item",
				 "errors":[{"name":"itemId","in":"path","message":"must be a valid integer"}]}""");
	}

	@Test
	void returnsInvalidParameterProblemForASizeOutOfRangeOnEveryPagedSection() {
		for (String section : FilmSectionResourcesTests.LISTS.keySet()) {
			assertProblem(get("/api/v1/films/tt3783958/" + section + "?size=0", "size-0-" + section), 400, """
					{"type":"/problems/invalid-parameter","title":"Invalid request parameter","status":400,
					 "detail":"size must be greater than or equal to 1","instance":"/api/v1/films/tt3783958/%1$s",
					 "code":"invalid-parameter","correlationId":"size-0-%1$s",
					 "errors":[{"name":"size","in":"query","message":"must be greater than or equal to 1"}]}"""
				.formatted(section));
			assertProblem(get("/api/v1/films/tt3783958/" + section + "?size=101", "size-101-" + section), 400, """
					{"type":"/problems/invalid-parameter","title":"Invalid request parameter","status":400,
					 "detail":"size must be less than or equal to 100","instance":"/api/v1/films/tt3783958/%1$s",
					 "code":"invalid-parameter","correlationId":"size-101-%1$s",
					 "errors":[{"name":"size","in":"query","message":"must be less than or equal to 100"}]}"""
				.formatted(section));
		}
	}

	@Test
	void returnsInvalidParameterProblemForANonNumericSize() {
		assertProblem(get("/api/v1/films/tt3783958/cast?size=ten", "size-ten"), 400, """
				{"type":"/problems/invalid-parameter","title":"Invalid request parameter","status":400,
				 "detail":"size must be a valid integer","instance":"/api/v1/films/tt3783958/cast",
				 "code":"invalid-parameter","correlationId":"size-ten",
				 "errors":[{"name":"size","in":"query","message":"must be a valid integer"}]}""");
	}

	@Test
	void returnsInvalidParameterProblemForAMalformedCursorOnEveryPagedSection() {
		String message = "is not a cursor this API returned; use nextCursor from the previous page";
		for (String section : FilmSectionResourcesTests.LISTS.keySet()) {
			assertProblem(get("/api/v1/films/tt3783958/" + section + "?after=bm90LWEtY3Vyc29y", "cur-" + section), 400,
					"""
							{"type":"/problems/invalid-parameter","title":"Invalid request parameter","status":400,
							 "detail":"%1$s","instance":"/api/v1/films/tt3783958/%2$s","code":"invalid-parameter",
							 "correlationId":"cur-%2$s","errors":[{"name":"after","in":"query","message":"%1$s"}]}"""
						.formatted(message, section));
		}
	}

	@Test
	void returnsInvalidParameterProblemForACursorWithKeysThatDoNotParse() {
		// A well-formed token for the cast sort whose billing order is not a number.
		String token = java.util.Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString("v1\u001fcast\u001fsecond\u001f3".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		String message = "is not a cursor this API returned; use nextCursor from the previous page";

		assertProblem(get("/api/v1/films/tt3783958/cast?after=" + token, "cur-keys"), 400, """
				{"type":"/problems/invalid-parameter","title":"Invalid request parameter","status":400,
				 "detail":"%1$s","instance":"/api/v1/films/tt3783958/cast","code":"invalid-parameter",
				 "correlationId":"cur-keys","errors":[{"name":"after","in":"query","message":"%1$s"}]}"""
			.formatted(message));
	}

	@Test
	void returnsInvalidParameterProblemForAReviewCursorOfAnotherSort() {
		String film = new TestFilms(this.documents)
			.create(FilmDocumentBuilder.film("Two Reviews")
				.review("A", "2020-01-01", 5, 1, false)
				.review("B", "2020-01-02", 6, 2, false))
			.imdbId();
		String cursor = SectionJson
			.body(this.mvc.get().uri("/api/v1/films/" + film + "/reviews?sort=helpful&size=1").exchange())
			.get("nextCursor")
			.asString();
		String message = "this cursor belongs to sort=helpful; keep the sort of the request that returned it";

		assertProblem(get("/api/v1/films/" + film + "/reviews?sort=date&size=1&after=" + cursor, "cur-sort"), 400, """
				{"type":"/problems/invalid-parameter","title":"Invalid request parameter","status":400,
				 "detail":"%1$s","instance":"/api/v1/films/%2$s/reviews","code":"invalid-parameter",
				 "correlationId":"cur-sort","errors":[{"name":"after","in":"query","message":"%1$s"}]}"""
			.formatted(message, film));
	}

	@Test
	void returnsInvalidParameterProblemForACursorOfAnotherSection() {
		String cursor = SectionJson.body(this.mvc.get().uri("/api/v1/films/tt3783958/cast?size=1").exchange())
			.get("nextCursor")
			.asString();
		String message = "this cursor belongs to sort=cast; keep the sort of the request that returned it";

		assertProblem(get("/api/v1/films/tt3783958/soundtracks?after=" + cursor, "cur-section"), 400, """
				{"type":"/problems/invalid-parameter","title":"Invalid request parameter","status":400,
				 "detail":"%1$s","instance":"/api/v1/films/tt3783958/soundtracks","code":"invalid-parameter",
				 "correlationId":"cur-section","errors":[{"name":"after","in":"query","message":"%1$s"}]}"""
			.formatted(message));
	}

	@Test
	void returnsInvalidParameterProblemForAnUnknownSpoilersValue() {
		for (String section : List.of("trivia", "goofs", "reviews")) {
			assertProblem(get("/api/v1/films/tt3783958/" + section + "?spoilers=blur", "spoil-" + section), 400, """
					{"type":"/problems/invalid-parameter","title":"Invalid request parameter","status":400,
					 "detail":"must be hide or show","instance":"/api/v1/films/tt3783958/%1$s",
					 "code":"invalid-parameter","correlationId":"spoil-%1$s",
					 "errors":[{"name":"spoilers","in":"query","message":"must be hide or show"}]}"""
				.formatted(section));
		}
	}

	@Test
	void returnsInvalidParameterProblemForAnUnknownReviewSort() {
		assertProblem(get("/api/v1/films/tt3783958/reviews?sort=stars", "sort-1"), 400, """
				{"type":"/problems/invalid-parameter","title":"Invalid request parameter","status":400,
				 "detail":"must be one of helpful, date, rating","instance":"/api/v1/films/tt3783958/reviews",
				 "code":"invalid-parameter","correlationId":"sort-1",
				 "errors":[{"name":"sort","in":"query","message":"must be one of helpful, date, rating"}]}""");
	}

	@Test
	void returnsNotAcceptableProblemWhenJsonIsNotAccepted() {
		MvcTestResult result = this.mvc.get()
			.uri("/api/v1/films/tt3783958/trivia")
			.accept(MediaType.APPLICATION_XML)
			.header("X-Request-Id", "na-trivia")
			.exchange();

		assertProblem(result, 406,
				"""
						{"type":"/problems/not-acceptable","title":"Not acceptable","status":406,
						 "detail":"The Accept header asks for a representation the resource cannot produce; Marquee speaks JSON.",
						 "instance":"/api/v1/films/tt3783958/trivia","code":"not-acceptable","correlationId":"na-trivia"}""");
	}

	private MvcTestResult get(String uri, String requestId) {
		return this.mvc.get().uri(uri).header("X-Request-Id", requestId).exchange();
	}

}
