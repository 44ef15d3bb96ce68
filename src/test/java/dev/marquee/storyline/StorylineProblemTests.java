package dev.marquee.storyline;

import dev.marquee.MarqueeTest;
import dev.marquee.apikey.ApiKeys;
import dev.marquee.films.FilmDocuments;
import dev.marquee.testdata.AdminCalls;
import dev.marquee.testdata.FilmDocumentBuilder;
import dev.marquee.testdata.TestFilms;
import dev.marquee.testdata.TestKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static dev.marquee.testdata.SectionAssertions.assertProblem;

/**
 * Every way a storyline item's body is refused, each answered as a whole problem naming
 * the field: blank and over-long text, a country that is not an ISO 3166-1 code, a
 * release type, video kind or site that is not one, a link that is not https.
 */
@MarqueeTest
class StorylineProblemTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApiKeys keys;

	@Autowired
	FilmDocuments documents;

	private AdminCalls admin;

	private String film;

	@BeforeEach
	void createFilm() {
		this.admin = new AdminCalls(this.mvc, TestKeys.admin(this.keys), "story-400");
		this.film = new TestFilms(this.documents).create(FilmDocumentBuilder.film("Refused storylines")).imdbId();
	}

	@Test
	void returnsInvalidBodyProblemForABlankOrOverLongTagline() {
		assertInvalid("taglines", "{\"text\":\" \"}", "text", "must not be blank");
		assertInvalid("taglines", "{\"text\":\"" + "x".repeat(1001) + "\"}", "text", "size must be between 0 and 1000");
	}

	@Test
	void returnsInvalidBodyProblemForACountryThatIsNotAnIsoCode() {
		assertInvalid("certifications", """
				{"country":"USA","rating":"PG-13","releaseType":null,"note":null}""", "country",
				"must match \\\"[A-Z]{2}\\\"");
	}

	@Test
	void returnsInvalidBodyProblemForABlankOrOverLongRating() {
		assertInvalid("certifications", """
				{"country":"US","rating":"","releaseType":null,"note":null}""", "rating", "must not be blank");
		assertInvalid("certifications", """
				{"country":"US","rating":"%s","releaseType":null,"note":null}""".formatted("R".repeat(21)), "rating",
				"size must be between 0 and 20");
	}

	@Test
	void returnsInvalidBodyProblemForAnUnknownReleaseType() {
		assertInvalid("certifications", """
				{"country":"US","rating":"PG-13","releaseType":"cinema","note":null}""", "releaseType",
				"unknown value 'cinema'; expected one of premiere, theatrical_limited, theatrical, digital, physical, tv");
	}

	@Test
	void returnsInvalidBodyProblemForAnUnknownVideoKindOrSite() {
		assertInvalid("videos",
				video("\"kind\":\"bloopers\"", "\"site\":\"youtube\"", "\"key\":\"abc\"", "\"url\":null"), "kind",
				"unknown value 'bloopers'; expected one of trailer, teaser, clip, featurette");
		assertInvalid("videos",
				video("\"kind\":\"trailer\"", "\"site\":\"dailymotion\"", "\"key\":\"abc\"", "\"url\":null"), "site",
				"unknown value 'dailymotion'; expected one of youtube, vimeo, web");
	}

	@Test
	void returnsInvalidBodyProblemForAVideoLinkThatIsNotHttps() {
		assertInvalid("videos",
				video("\"kind\":\"clip\"", "\"site\":\"web\"", "\"key\":null", "\"url\":\"http://example.org/clip\""),
				"url", "must be an https URL");
		assertInvalid("videos",
				video("\"kind\":\"clip\"", "\"site\":\"web\"", "\"key\":null", "\"url\":\"javascript:alert(1)\""),
				"url", "must be an https URL");
	}

	@Test
	void returnsInvalidBodyProblemForAVideoLocatedTheWrongWayForItsSite() {
		assertInvalid("videos", video("\"kind\":\"clip\"", "\"site\":\"youtube\"", "\"key\":null", "\"url\":null"),
				"key", "must be given for a youtube video");
		assertInvalid("videos", video("\"kind\":\"clip\"", "\"site\":\"web\"", "\"key\":null", "\"url\":null"), "url",
				"must be given for a web video");
	}

	@Test
	void returnsInvalidBodyProblemForABlankOrOverLongVideoName() {
		assertInvalid("videos", """
				{"kind":"clip","site":"youtube","key":"abc","url":null,"name":"","language":null,"official":false,
				 "publishedOn":null}""", "name", "must not be blank");
		assertInvalid("videos", """
				{"kind":"clip","site":"youtube","key":"abc","url":null,"name":"%s","language":null,"official":false,
				 "publishedOn":null}""".formatted("n".repeat(301)), "name", "size must be between 0 and 300");
	}

	private static String video(String kind, String site, String key, String url) {
		return "{" + kind + "," + site + "," + key + "," + url
				+ ",\"name\":\"A clip\",\"language\":null,\"official\":false,\"publishedOn\":null}";
	}

	void assertInvalid(String section, String body, String field, String message) {
		String path = "/api/v1/films/" + this.film + "/" + section;
		assertProblem(this.admin.post(path, body), 400, """
				{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
				 "detail":"The request body has 1 invalid field: %s","instance":"%s","code":"invalid-body",
				 "correlationId":"story-400","errors":[{"name":"%s","in":"body","message":"%s"}]}""".formatted(field,
				path, field, message));
	}

}
