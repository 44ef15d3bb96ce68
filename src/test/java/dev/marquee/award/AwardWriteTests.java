package dev.marquee.award;

import dev.marquee.MarqueeTest;
import dev.marquee.apikey.ApiKeys;
import dev.marquee.testdata.FilmDocumentBuilder;
import dev.marquee.testdata.SectionJson;
import dev.marquee.testdata.TestIds;
import dev.marquee.testdata.TestKeys;
import dev.marquee.films.FilmDocuments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.marquee.testdata.SectionAssertions.assertProblem;
import static dev.marquee.testdata.AdminCalls.shownETag;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Award nominations written one at a time (nominees part of the nomination), and the
 * award summary set by PUT against its version; GET /films/{id}/awards keeps its shape.
 * Each test has a film and people of its own.
 */
@MarqueeTest
class AwardWriteTests {

	private final String film = TestIds.film();

	private final String awards = "/api/v1/films/" + this.film + "/awards";

	private final String nominations = this.awards + "/nominations";

	private final String summary = this.awards + "/summary";

	private final String nominee = TestIds.person();

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
	void storeFilm() {
		this.admin = TestKeys.admin(this.keys);
		this.documents.upsert(FilmDocumentBuilder.film(this.film, "Awarded").build());
	}

	@AfterEach
	void removeFilm() {
		this.jdbc.update("delete from film where imdb_id = '" + this.film + "'");
	}

	@Test
	void aNominationIsAddedReplacedPatchedAndDeletedWithItsNomineesAndTheAwardsKeepTheirShape() {
		MvcTestResult created = request(this.mvc.post()
			.uri(this.nominations)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"event":"Academy Awards, USA","year":2017,"category":"Best Original Song","outcome":"won",
					 "nominees":[{"name":"Justin Hurwitz","person":{"imdbId":"%1$s","name":"Justin Hurwitz"}},
					             {"name":"Pasek and Paul","person":null}],"note":"For the song \\"City of Stars\\""}"""
				.formatted(this.nominee)), null);
		long nomination = SectionJson.body(created).get("id").asLong();
		long justin = this.jdbc.queryForObject("select id from person where imdb_id = '" + this.nominee + "'",
				Long.class);
		String item = """
				{"id":%d,"event":"Academy Awards, USA","year":2017,"category":"Best Original Song","outcome":"won",
				 "nominees":[{"name":"Justin Hurwitz","person":{"id":%d,"imdbId":"%3$s","name":"Justin Hurwitz"}},
				             {"name":"Pasek and Paul","person":null}],"note":"For the song \\"City of Stars\\"","version":0}"""
			.formatted(nomination, justin, this.nominee);
		assertThat(created).hasStatus(201)
			.hasHeader(HttpHeaders.LOCATION, this.nominations + "/" + nomination)
			.satisfies(shownETag(0))
			.bodyJson()
			.isStrictlyEqualTo(item);
		assertThat(this.mvc.get().uri(this.awards).exchange()).hasStatusOk().bodyJson().isStrictlyEqualTo("""
				{"summary":null,"nominations":[%s]}""".formatted(item));

		MvcTestResult replaced = request(this.mvc.put()
			.uri(this.nominations + "/" + nomination)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"event":"Golden Globes, USA","year":2017,"category":"Best Original Score","outcome":"nominated",
					 "nominees":[{"name":"Justin Hurwitz","person":{"imdbId":"%1$s","name":"Justin Hurwitz"}}],
					 "note":null}""".formatted(this.nominee)), "\"0\"");
		assertThat(replaced).hasStatusOk()
			.satisfies(shownETag(1))
			.bodyJson()
			.isStrictlyEqualTo(
					"""
							{"id":%d,"event":"Golden Globes, USA","year":2017,"category":"Best Original Score","outcome":"nominated",
							 "nominees":[{"name":"Justin Hurwitz","person":{"id":%d,"imdbId":"%3$s","name":"Justin Hurwitz"}}],
							 "note":null,"version":1}"""
						.formatted(nomination, justin, this.nominee));

		MvcTestResult patched = request(this.mvc.patch()
			.uri(this.nominations + "/" + nomination)
			.contentType(MediaType.parseMediaType("application/merge-patch+json"))
			.content("{\"outcome\":\"won\"}"), "\"1\"");
		String won = """
				{"id":%d,"event":"Golden Globes, USA","year":2017,"category":"Best Original Score","outcome":"won",
				 "nominees":[{"name":"Justin Hurwitz","person":{"id":%d,"imdbId":"%3$s","name":"Justin Hurwitz"}}],
				 "note":null,"version":2}""".formatted(nomination, justin, this.nominee);
		assertThat(patched).hasStatusOk().satisfies(shownETag(2)).bodyJson().isStrictlyEqualTo(won);
		assertThat(this.mvc.get().uri(this.nominations + "/" + nomination).exchange()).hasStatusOk()
			.satisfies(shownETag(2))
			.bodyJson()
			.isStrictlyEqualTo(won);

		assertThat(request(this.mvc.delete().uri(this.nominations + "/" + nomination), "\"2\"")).hasStatus(204);
		assertThat(this.mvc.get().uri(this.awards).exchange()).bodyJson().isStrictlyEqualTo("""
				{"summary":null,"nominations":[]}""");
		assertThat(this.jdbc.queryForObject("select count(*) from award_nominee where nomination_id = ?", Integer.class,
				nomination))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from person where id = ?", Integer.class, justin)).isOne();
	}

	@Test
	void theSummaryIsCreatedThenReplacedAndDeletedOnlyAgainstItsVersion() {
		assertProblem(this.mvc.get().uri(this.summary).header("X-Request-Id", "as-404").exchange(), 404, """
				{"type":"/problems/not-found","title":"Resource not found","status":404,
				 "detail":"Film '%2$s' has no award summary",
				 "instance":"%s","code":"not-found","correlationId":"as-404"}""".formatted(this.summary, this.film));
		long filmVersion = filmVersion();

		MvcTestResult created = put("{\"wins\":243,\"nominations\":297,\"highlight\":\"Won 6 Oscars\"}", null);
		assertThat(created).hasStatus(201)
			.hasHeader(HttpHeaders.LOCATION, this.summary)
			.hasHeader(HttpHeaders.ETAG, "\"0\"")
			.bodyJson()
			.isStrictlyEqualTo("{\"wins\":243,\"nominations\":297,\"highlight\":\"Won 6 Oscars\",\"version\":0}");
		assertThat(filmVersion()).isGreaterThan(filmVersion);
		assertThat(this.mvc.get().uri(this.awards).exchange()).bodyJson().isStrictlyEqualTo("""
				{"summary":{"wins":243,"nominations":297,"highlight":"Won 6 Oscars","version":0},"nominations":[]}""");

		String replacement = "{\"wins\":244,\"nominations\":298,\"highlight\":null}";
		assertProblem(put(replacement, null), 428,
				"""
						{"type":"/problems/precondition-required","title":"Precondition required","status":428,
						 "detail":"Send If-Match with the ETag of the award summary of film %2$s as you read it (currently \\"0\\"), so that no edit is lost",
						 "instance":"%s","code":"precondition-required","correlationId":"as-put"}"""
					.formatted(this.summary, this.film));
		assertProblem(put(replacement, "\"3\""), 412,
				"""
						{"type":"/problems/precondition-failed","title":"Precondition failed","status":412,
						 "detail":"If-Match does not hold: the award summary of film %2$s has changed since it was read (its ETag is now \\"0\\")",
						 "instance":"%s","code":"precondition-failed","correlationId":"as-put"}"""
					.formatted(this.summary, this.film));
		assertProblem(
				this.mvc.put()
					.uri(this.summary)
					.header(HttpHeaders.AUTHORIZATION, this.admin)
					.header(HttpHeaders.IF_NONE_MATCH, "*")
					.header("X-Request-Id", "as-put")
					.contentType(MediaType.APPLICATION_JSON)
					.content(replacement)
					.exchange(),
				412,
				"""
						{"type":"/problems/precondition-failed","title":"Precondition failed","status":412,
						 "detail":"If-None-Match: * asks to create only, but the award summary of film %2$s exists (ETag \\"0\\")",
						 "instance":"%s","code":"precondition-failed","correlationId":"as-put"}"""
					.formatted(this.summary, this.film));

		MvcTestResult replaced = put(replacement, "\"0\"");
		assertThat(replaced).hasStatusOk()
			.hasHeader(HttpHeaders.ETAG, "\"1\"")
			.bodyJson()
			.isStrictlyEqualTo("{\"wins\":244,\"nominations\":298,\"highlight\":null,\"version\":1}");
		assertThat(this.mvc.get().uri(this.summary).exchange()).hasStatusOk()
			.hasHeader(HttpHeaders.ETAG, "\"1\"")
			.bodyJson()
			.isStrictlyEqualTo("{\"wins\":244,\"nominations\":298,\"highlight\":null,\"version\":1}");

		assertProblem(request(this.mvc.delete().uri(this.summary), null), 428,
				"""
						{"type":"/problems/precondition-required","title":"Precondition required","status":428,
						 "detail":"Send If-Match with the ETag of the award summary of film %2$s as you read it (currently \\"1\\"), so that no edit is lost",
						 "instance":"%s","code":"precondition-required","correlationId":"aw"}"""
					.formatted(this.summary, this.film));
		assertThat(request(this.mvc.delete().uri(this.summary), "\"1\"")).hasStatus(204);
		assertThat(this.mvc.get().uri(this.awards).exchange()).bodyJson().isStrictlyEqualTo("""
				{"summary":null,"nominations":[]}""");
	}

	private MvcTestResult put(String body, String ifMatch) {
		MockMvcTester.MockMvcRequestBuilder request = this.mvc.put()
			.uri(this.summary)
			.header(HttpHeaders.AUTHORIZATION, this.admin)
			.header("X-Request-Id", "as-put")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
		if (ifMatch != null) {
			request.header(HttpHeaders.IF_MATCH, ifMatch);
		}
		return request.exchange();
	}

	private MvcTestResult request(MockMvcTester.MockMvcRequestBuilder request, String ifMatch) {
		request.header(HttpHeaders.AUTHORIZATION, this.admin).header("X-Request-Id", "aw");
		if (ifMatch != null) {
			request.header(HttpHeaders.IF_MATCH, ifMatch);
		}
		return request.exchange();
	}

	private long filmVersion() {
		return this.jdbc.queryForObject("select version from film where imdb_id = '" + this.film + "'", Long.class);
	}

}
