package dev.marquee.film;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import dev.marquee.MarqueeTest;
import dev.marquee.apikey.ApiKeys;
import dev.marquee.testdata.FilmDocumentBuilder;
import dev.marquee.testdata.TestKeys;
import dev.marquee.titlepage.FilmDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * POST, PUT, PATCH and DELETE of single items of the list sections: each item's version
 * as ETag, If-Match on every change, the film's version moving with every write, and
 * every refusal. Films here are numbered 6100 and up.
 */
@MarqueeTest
class SectionItemWriteTests {

	private static final MediaType MERGE_PATCH = MediaType.parseMediaType("application/merge-patch+json");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApiKeys keys;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FilmDocuments documents;

	private String admin;

	@BeforeEach
	void issueAdminKey() {
		this.admin = TestKeys.admin(this.keys);
	}

	/**
	 * Each section with a body to add, one to replace it with, a merge patch and the item
	 * that patch leaves (ids stripped).
	 */
	static Stream<Arguments> sections() {
		return Stream.of(Arguments.of(6101, "trivia", """
				{"text":"Shot in 40 days.","spoiler":false,"interestingVotes":3,"totalVotes":4}""", """
				{"text":"Shot in 41 days.","spoiler":true,"interestingVotes":0,"totalVotes":0}""", """
				{"spoiler":false,"totalVotes":9}""", """
				{"text":"Shot in 41 days.","spoiler":false,"interestingVotes":0,"totalVotes":9}"""));
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("sections")
	void anItemIsAddedReadReplacedPatchedAndDeletedEachWriteGivingItAndTheFilmANewVersion(int number, String section,
			String added, String replaced, String patch, String patched) throws Exception {
		this.documents.upsert(FilmDocumentBuilder.film(number, "Sectioned " + section).build());
		String film = "tt%07d".formatted(9_000_000 + number);
		String path = "/api/v1/films/" + film + "/" + section;
		long filmVersion = filmVersion(film);

		MvcTestResult created = this.mvc.post()
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, this.admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content(added)
			.exchange();
		assertThat(created).hasStatus(201).hasContentType(MediaType.APPLICATION_JSON);
		long itemId = idOf(created);
		String item = path + "/" + itemId;
		assertThat(created).hasHeader(HttpHeaders.LOCATION, item).hasHeader(HttpHeaders.ETAG, "\"0\"");
		assertThat(created).bodyJson().isStrictlyEqualTo(withId(added, itemId));
		assertThat(filmVersion(film)).isGreaterThan(filmVersion);

		MvcTestResult read = this.mvc.get().uri(item).exchange();
		assertThat(read).hasStatusOk().hasHeader(HttpHeaders.ETAG, "\"0\"");
		assertThat(read).bodyJson().isStrictlyEqualTo(withId(added, itemId));

		filmVersion = filmVersion(film);
		MvcTestResult put = write(this.mvc.put().uri(item).contentType(MediaType.APPLICATION_JSON).content(replaced),
				"\"0\"");
		assertThat(put).hasStatusOk().hasHeader(HttpHeaders.ETAG, "\"1\"");
		assertThat(put).bodyJson().isStrictlyEqualTo(withId(replaced, itemId));
		assertThat(filmVersion(film)).isGreaterThan(filmVersion);

		MvcTestResult patchedResult = write(this.mvc.patch().uri(item).contentType(MERGE_PATCH).content(patch),
				"\"1\"");
		assertThat(patchedResult).hasStatusOk().hasHeader(HttpHeaders.ETAG, "\"2\"");
		assertThat(patchedResult).bodyJson().isStrictlyEqualTo(withId(patched, itemId));
		assertThat(this.mvc.get().uri(item).exchange()).bodyJson().isStrictlyEqualTo(withId(patched, itemId));

		filmVersion = filmVersion(film);
		MvcTestResult deleted = write(this.mvc.delete().uri(item), "\"2\"");
		assertThat(deleted).hasStatus(204);
		assertThat(this.mvc.get().uri(item).exchange()).hasStatus(404);
		assertThat(filmVersion(film)).isGreaterThan(filmVersion);
	}

	private MvcTestResult write(
			org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder request, String ifMatch) {
		return request.header(HttpHeaders.AUTHORIZATION, this.admin).header(HttpHeaders.IF_MATCH, ifMatch).exchange();
	}

	private long filmVersion(String imdbId) {
		return this.jdbc.queryForObject("select version from film where imdb_id = ?", Long.class, imdbId);
	}

	private static long idOf(MvcTestResult result) throws Exception {
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		return Long.parseLong(body.replaceAll("(?s)^\\{\"id\":(\\d+),.*", "$1"));
	}

	private static String withId(String json, long id) {
		return "{\"id\":" + id + "," + json.strip().substring(1);
	}

	private static void assertProblem(MvcTestResult result, int status, String expectedJson) {
		assertThat(result).hasStatus(status).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().isStrictlyEqualTo(expectedJson);
	}

}
