package dev.marquee.security;

import dev.marquee.MarqueeTest;
import dev.marquee.apikey.ApiKeys;
import dev.marquee.testdata.FilmDocumentBuilder;
import dev.marquee.testdata.TestIds;
import dev.marquee.testdata.TestKeys;
import dev.marquee.films.FilmDocuments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One regression test for each failure {@link BadInputFuzzTests} found: each used to be a
 * 500 and is now a refusal naming what was wrong, with nothing written, on a film of this
 * class's own.
 */
@MarqueeTest
class FuzzFindingsTests {

	private static final String FILM = TestIds.film();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApiKeys keys;

	@Autowired
	FilmDocuments documents;

	@Autowired
	JdbcTemplate jdbc;

	private String admin;

	@BeforeEach
	void createFilm() {
		this.admin = TestKeys.admin(this.keys);
		this.documents.upsert(FilmDocumentBuilder.film(FILM, "Findings").build());
	}

	@AfterEach
	void removeFilm() {
		this.jdbc.update("DELETE FROM film WHERE imdb_id = ?", FILM);
	}

	@Test
	void nulInABodyStringIsAnInvalidFieldNotAFailedWrite() {
		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/films/" + FILM + "/trivia")
			.header("Authorization", this.admin)
			.header("X-Request-Id", "nul-body")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"text":"a\\u0000b","spoiler":false}""")
			.exchange();

		assertThat(result).hasStatus(400)
			.bodyJson()
			.isStrictlyEqualTo("""
					{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
					 "detail":"The request body has 1 invalid field: text",
					 "instance":"/api/v1/films/%1$s/trivia","code":"invalid-body","correlationId":"nul-body",
					 "errors":[{"name":"text","in":"body","message":"must not contain the NUL character (U+0000)"}]}"""
				.formatted(FILM));
		assertThat(triviaCount()).isZero();
	}

	@Test
	void aHeaderTheFirewallRefusesIsAMalformedRequest() {
		MvcTestResult result = this.mvc.delete()
			.uri("/api/v1/films/" + FILM)
			.header("Authorization", this.admin)
			.header("If-Match", "\u0007")
			.header("X-Request-Id", "bad-header")
			.exchange();

		assertThat(result).hasStatus(400)
			.bodyJson()
			.isStrictlyEqualTo(
					"""
							{"type":"/problems/malformed-request","title":"Malformed request","status":400,
							 "detail":"A header of the request holds characters that are not allowed (control or non-ASCII characters)",
							 "instance":"/api/v1/films/%1$s","code":"malformed-request","correlationId":"bad-header"}"""
						.formatted(FILM));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM film WHERE imdb_id = ?", Integer.class, FILM))
			.isOne();
	}

	@Test
	void aNonAsciiAcceptHeaderIsAMalformedRequest() {
		MvcTestResult result = this.mvc.get()
			.uri("/api/v1/films/" + FILM)
			.header("Accept", "application/json\u0085")
			.header("X-Request-Id", "bad-accept")
			.exchange();

		assertThat(result).hasStatus(400)
			.bodyJson()
			.isStrictlyEqualTo(
					"""
							{"type":"/problems/malformed-request","title":"Malformed request","status":400,
							 "detail":"The request could not be read: its URL, a header or its body is malformed (for example a body that is not valid JSON, or a URL with an encoded slash, a path traversal or a broken percent-encoding).",
							 "instance":"/api/v1/films/%1$s","code":"malformed-request","correlationId":"bad-accept"}"""
						.formatted(FILM));
	}

	@Test
	void aNumberPastItsRangeInAMergePatchIsAnInvalidField() {
		MvcTestResult result = this.mvc.patch()
			.uri("/api/v1/films/" + FILM)
			.header("Authorization", this.admin)
			.header("If-Match", "*")
			.header("X-Request-Id", "patch-range")
			.contentType(MediaType.parseMediaType("application/merge-patch+json"))
			.content("""
					{"runtimeMinutes":2147483648}""")
			.exchange();

		assertThat(result).hasStatus(400)
			.bodyJson()
			.isStrictlyEqualTo(
					"""
							{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
							 "detail":"The request body has 1 invalid field: runtimeMinutes",
							 "instance":"/api/v1/films/%1$s","code":"invalid-body","correlationId":"patch-range",
							 "errors":[{"name":"runtimeMinutes","in":"body","message":"is a number out of the range this field takes"}]}"""
						.formatted(FILM));
	}

	@Test
	void moreInterestingVotesThanVotesIsAnInvalidBody() {
		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/films/" + FILM + "/trivia")
			.header("Authorization", this.admin)
			.header("X-Request-Id", "votes")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"text":"Shot in 40 days.","spoiler":false,"interestingVotes":5,"totalVotes":1}""")
			.exchange();

		assertThat(result).hasStatus(400).bodyJson().isStrictlyEqualTo("""
				{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
				 "detail":"The request body has 1 invalid field: interestingVotesWithinTotal",
				 "instance":"/api/v1/films/%1$s/trivia","code":"invalid-body","correlationId":"votes",
				 "errors":[{"name":"interestingVotesWithinTotal","in":"body",
				            "message":"interestingVotes must not exceed totalVotes"}]}""".formatted(FILM));
		assertThat(triviaCount()).isZero();
	}

	private int triviaCount() {
		return this.jdbc.queryForObject(
				"SELECT count(*) FROM trivia t JOIN film f ON f.id = t.film_id WHERE f.imdb_id = ?", Integer.class,
				FILM);
	}

}
