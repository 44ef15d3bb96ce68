package dev.marquee.films;

import java.nio.charset.StandardCharsets;

import dev.marquee.MarqueeTest;
import dev.marquee.testdata.FilmDocumentBuilder;
import dev.marquee.testdata.TestFilms;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@MarqueeTest
class FilmBatchTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FilmDocuments documents;

	@Test
	void answersFoundFilmsInOrderOnceEachAndListsTheMissing() throws Exception {
		String second = new TestFilms(this.documents).create(FilmDocumentBuilder.film("Batch Second")).imdbId();
		long laLaLand = this.jdbc.queryForObject("select id from film where imdb_id = 'tt3783958'", Long.class);
		String single = this.mvc.get()
			.uri("/api/v1/films/tt3783958")
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String secondPage = this.mvc.get()
			.uri("/api/v1/films/" + second)
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		MvcTestResult result = this.mvc.get()
			.uri("/api/v1/films/batch?ids=" + second + ",tt0000001,{id},tt3783958,987654321", laLaLand)
			.exchange();

		assertThat(result).hasStatusOk();
		JSONAssert.assertEquals("""
				{"items":[%s,%s],"missing":["tt0000001","987654321"]}""".formatted(secondPage, single),
				result.getResponse().getContentAsString(StandardCharsets.UTF_8), JSONCompareMode.STRICT);
	}

	@Test
	void refusesMoreThanOneHundredIds() {
		String ids = String.join(",", java.util.Collections.nCopies(101, "tt3783958"));

		MvcTestResult result = this.mvc.get()
			.uri("/api/v1/films/batch?ids=" + ids)
			.header("X-Request-Id", "batch-101")
			.exchange();

		assertThat(result).hasStatus(400).bodyJson().isStrictlyEqualTo("""
				{"type":"/problems/invalid-parameter","title":"Invalid request parameter","status":400,
				 "detail":"must list between 1 and 100 ids (got 101)","instance":"/api/v1/films/batch",
				 "code":"invalid-parameter","correlationId":"batch-101",
				 "errors":[{"name":"ids","in":"query","message":"must list between 1 and 100 ids (got 101)"}]}""");
	}

	@Test
	void refusesAMalformedId() {
		MvcTestResult result = this.mvc.get()
			.uri("/api/v1/films/batch?ids=tt3783958,nm0331516")
			.header("X-Request-Id", "batch-bad")
			.exchange();

		assertThat(result).hasStatus(400)
			.bodyJson()
			.isStrictlyEqualTo(
					"""
							{"type":"/problems/invalid-parameter","title":"Invalid request parameter","status":400,
							 "detail":"must be a positive numeric id or an IMDb id like tt0000001 (tt followed by 7 to 10 digits)",
							 "instance":"/api/v1/films/batch","code":"invalid-parameter","correlationId":"batch-bad",
							 "errors":[{"name":"ids","in":"query",
							   "message":"must be a positive numeric id or an IMDb id like tt0000001 (tt followed by 7 to 10 digits)"}]}""");
	}

	@Test
	void refusesAMissingIdsParameter() {
		MvcTestResult result = this.mvc.get()
			.uri("/api/v1/films/batch")
			.header("X-Request-Id", "batch-none")
			.exchange();

		assertThat(result).hasStatus(400).bodyJson().isStrictlyEqualTo("""
				{"type":"/problems/invalid-parameter","title":"Invalid request parameter","status":400,
				 "detail":"Required parameter 'ids' is missing","instance":"/api/v1/films/batch",
				 "code":"invalid-parameter","correlationId":"batch-none",
				 "errors":[{"name":"ids","in":"query","message":"is required"}]}""");
	}

}
