package dev.marquee.boxoffice;

import dev.marquee.MarqueeTest;
import dev.marquee.apikey.ApiKeys;
import dev.marquee.testdata.AdminCalls;
import dev.marquee.testdata.FilmDocumentBuilder;
import dev.marquee.testdata.TestKeys;
import dev.marquee.films.FilmDocuments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.marquee.testdata.AdminCalls.assertProblem;
import static dev.marquee.testdata.AdminCalls.etag;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * PATCH of a film's box office figures (films tt90084nn).
 */
@MarqueeTest
class BoxOfficePatchTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApiKeys keys;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FilmDocuments documents;

	private AdminCalls admin;

	@BeforeEach
	void issueAdminKey() {
		this.admin = new AdminCalls(this.mvc, TestKeys.admin(this.keys), "bp");
	}

	@AfterEach
	void deleteFilms() {
		this.jdbc.update("delete from film where imdb_id like 'tt90084%'");
	}

	@Test
	void patchMergesTheFiguresAgainstTheVersionRead() {
		this.documents.upsert(FilmDocumentBuilder.film(8401, "Counted").boxOffice(30_000_000, 440_000_000).build());
		MvcTestResult read = this.mvc.get().uri("/api/v1/films/tt9008401/box-office").exchange();
		long id = this.jdbc.queryForObject(
				"select b.id from box_office b join film f on f.id = b.film_id where f.imdb_id = 'tt9008401'",
				Long.class);

		MvcTestResult unconditional = this.admin.patch("/api/v1/films/tt9008401/box-office", null, "{}");
		MvcTestResult invalid = this.admin.patch("/api/v1/films/tt9008401/box-office", etag(read),
				"{\"budget\":{\"currency\":\"dollars\"},\"grossWorldwide\":{\"amount\":-1},\"id\":4}");
		MvcTestResult patched = this.admin.patch("/api/v1/films/tt9008401/box-office", etag(read),
				"{\"budget\":{\"amount\":31000000},\"budgetEstimated\":true,\"grossWorldwide\":null}");
		MvcTestResult stale = this.admin.patch("/api/v1/films/tt9008401/box-office", etag(read), "{}");

		assertThat(unconditional).hasStatus(428);
		assertProblem(invalid, 400, """
				{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
				 "detail":"The request body has 1 invalid field: id",
				 "instance":"/api/v1/films/tt9008401/box-office","code":"invalid-body","correlationId":"bp",
				 "errors":[{"name":"id","in":"body","message":"is read-only: the server assigns it"}]}""");
		assertThat(patched).hasStatusOk().bodyJson().isStrictlyEqualTo("""
				{"id":%d,"budget":{"amount":31000000,"currency":"USD"},"budgetEstimated":true,"grossDomestic":null,
				 "openingWeekendDomestic":null,"openingWeekendDate":null,"grossWorldwide":null}""".formatted(id));
		assertThat(etag(patched)).isNotEqualTo(etag(read));
		assertProblem(stale, 412,
				"""
						{"type":"/problems/precondition-failed","title":"Precondition failed","status":412,
						 "detail":"If-Match does not hold: the box office of film tt9008401 has changed since it was read (its ETag is now %s)",
						 "instance":"/api/v1/films/tt9008401/box-office","code":"precondition-failed","correlationId":"bp"}"""
					.formatted(etag(patched).replace("\"", "\\\"")));
	}

	@Test
	void patchListsEveryFieldTheMergedFiguresBreak() {
		this.documents.upsert(FilmDocumentBuilder.film(8402, "Broken").boxOffice(1, 2).build());
		MvcTestResult read = this.mvc.get().uri("/api/v1/films/tt9008402/box-office").exchange();

		MvcTestResult invalid = this.admin.patch("/api/v1/films/tt9008402/box-office", etag(read),
				"{\"budget\":{\"currency\":\"dollars\"},\"grossWorldwide\":{\"amount\":-1}}");

		assertProblem(invalid, 400,
				"""
						{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
						 "detail":"The request body has 2 invalid fields: budget.currency, grossWorldwide.amount",
						 "instance":"/api/v1/films/tt9008402/box-office","code":"invalid-body","correlationId":"bp",
						 "errors":[{"name":"budget.currency","in":"body","message":"must match \\"[A-Z]{3}\\""},
						           {"name":"grossWorldwide.amount","in":"body","message":"must be greater than or equal to 0"}]}""");
	}

	@Test
	void aFilmWithoutFiguresHasNothingToPatch() {
		this.documents.upsert(FilmDocumentBuilder.film(8403, "Uncounted").build());

		MvcTestResult result = this.admin.patch("/api/v1/films/tt9008403/box-office", "\"0\"", "{}");

		assertProblem(result, 404, """
				{"type":"/problems/not-found","title":"Resource not found","status":404,
				 "detail":"Film 'tt9008403' has no box office figures","instance":"/api/v1/films/tt9008403/box-office",
				 "code":"not-found","correlationId":"bp"}""");
	}

}
