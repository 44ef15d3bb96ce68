package dev.marquee.boxoffice;

import dev.marquee.MarqueeTest;
import dev.marquee.apikey.ApiKeys;
import dev.marquee.testdata.AdminCalls;
import dev.marquee.testdata.FilmDocumentBuilder;
import dev.marquee.testdata.TestIds;
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
 * PATCH of a film's box office figures, each test on a film of its own.
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

	private final String film = TestIds.film();

	@BeforeEach
	void issueAdminKey() {
		this.admin = new AdminCalls(this.mvc, TestKeys.admin(this.keys), "bp");
	}

	@AfterEach
	void deleteFilms() {
		this.jdbc.update("delete from film where imdb_id = ?", this.film);
	}

	@Test
	void patchMergesTheFiguresAgainstTheVersionRead() {
		this.documents
			.upsert(FilmDocumentBuilder.film(this.film, "Counted").boxOffice(30_000_000, 440_000_000).build());
		MvcTestResult read = this.mvc.get().uri("/api/v1/films/" + this.film + "/box-office").exchange();
		long id = this.jdbc.queryForObject(
				"select b.id from box_office b join film f on f.id = b.film_id where f.imdb_id = '" + this.film + "'",
				Long.class);

		MvcTestResult unconditional = this.admin.patch("/api/v1/films/" + this.film + "/box-office", null, "{}");
		MvcTestResult invalid = this.admin.patch("/api/v1/films/" + this.film + "/box-office", etag(read),
				"{\"budget\":{\"currency\":\"dollars\"},\"grossWorldwide\":{\"amount\":-1},\"id\":4}");
		MvcTestResult patched = this.admin.patch("/api/v1/films/" + this.film + "/box-office", etag(read),
				"{\"budget\":{\"amount\":31000000},\"budgetEstimated\":true,\"grossWorldwide\":null}");
		MvcTestResult stale = this.admin.patch("/api/v1/films/" + this.film + "/box-office", etag(read), "{}");

		assertProblem(unconditional, 428,
				"""
						{"type":"/problems/precondition-required","title":"Precondition required","status":428,
						 "detail":"Send If-Match with the ETag of the box office of film %1$s as you read it (currently %2$s), so that no edit is lost",
						 "instance":"/api/v1/films/%1$s/box-office","code":"precondition-required","correlationId":"bp"}"""
					.formatted(this.film, etag(read).replace("\"", "\\\"")));
		assertProblem(invalid, 400, """
				{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
				 "detail":"The request body has 3 invalid fields: budget.currency, grossWorldwide.amount, id",
				 "instance":"/api/v1/films/%1$s/box-office","code":"invalid-body","correlationId":"bp",
				 "errors":[{"name":"budget.currency","in":"body","message":"must match \\"[A-Z]{3}\\""},
				           {"name":"grossWorldwide.amount","in":"body","message":"must be greater than or equal to 0"},
				           {"name":"id","in":"body","message":"is read-only: the server assigns it"}]}"""
			.formatted(this.film));
		assertThat(patched).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"id":%d,"budget":{"amount":31000000,"currency":"USD"},"budgetEstimated":true,"grossDomestic":null,
					 "openingWeekendDomestic":null,"openingWeekendDate":null,"grossWorldwide":null,"version":%s}"""
				.formatted(id, etag(patched).replace("\"", "")));
		assertThat(etag(patched)).isNotEqualTo(etag(read));
		assertProblem(stale, 412,
				"""
						{"type":"/problems/precondition-failed","title":"Precondition failed","status":412,
						 "detail":"If-Match does not hold: the box office of film %2$s has changed since it was read (its ETag is now %s)",
						 "instance":"/api/v1/films/%2$s/box-office","code":"precondition-failed","correlationId":"bp"}"""
					.formatted(etag(patched).replace("\"", "\\\""), this.film));
	}

	@Test
	void patchListsEveryFieldTheMergedFiguresBreak() {
		this.documents.upsert(FilmDocumentBuilder.film(this.film, "Broken").boxOffice(1, 2).build());
		MvcTestResult read = this.mvc.get().uri("/api/v1/films/" + this.film + "/box-office").exchange();

		MvcTestResult invalid = this.admin.patch("/api/v1/films/" + this.film + "/box-office", etag(read),
				"{\"budget\":{\"currency\":\"dollars\"},\"grossWorldwide\":{\"amount\":-1}}");

		assertProblem(invalid, 400,
				"""
						{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
						 "detail":"The request body has 2 invalid fields: budget.currency, grossWorldwide.amount",
						 "instance":"/api/v1/films/%1$s/box-office","code":"invalid-body","correlationId":"bp",
						 "errors":[{"name":"budget.currency","in":"body","message":"must match \\"[A-Z]{3}\\""},
						           {"name":"grossWorldwide.amount","in":"body","message":"must be greater than or equal to 0"}]}"""
					.formatted(this.film));
	}

	@Test
	void aFilmWithoutFiguresHasNothingToPatch() {
		this.documents.upsert(FilmDocumentBuilder.film(this.film, "Uncounted").build());

		MvcTestResult result = this.admin.patch("/api/v1/films/" + this.film + "/box-office", "\"0\"", "{}");

		assertProblem(result, 404, """
				{"type":"/problems/not-found","title":"Resource not found","status":404,
				 "detail":"Film '%1$s' has no box office figures","instance":"/api/v1/films/%1$s/box-office",
				 "code":"not-found","correlationId":"bp"}""".formatted(this.film));
	}

}
