package dev.marquee.company;

import java.util.ArrayList;
import java.util.List;

import dev.marquee.MarqueeTest;
import dev.marquee.apikey.ApiKeys;
import dev.marquee.support.web.Cursor;
import dev.marquee.testdata.AdminCalls;
import dev.marquee.testdata.FilmDocumentBuilder;
import dev.marquee.testdata.TestFilms;
import dev.marquee.testdata.TestIds;
import dev.marquee.testdata.TestKeys;
import dev.marquee.films.FilmDocuments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.marquee.testdata.AdminCalls.assertProblem;
import static dev.marquee.testdata.AdminCalls.etag;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Companies as a resource: reads, paging and name matching, and the admin writes with
 * every refusal. Companies here are named "Zzz Cw …" (so they sort after every other
 * company) and have IMDb ids of their own, as have their films.
 */
@MarqueeTest
class CompanyResourceTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApiKeys keys;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FilmDocuments documents;

	private AdminCalls admin;

	private final String company = TestIds.company();

	private final String other = TestIds.company();

	private final List<String> films = new ArrayList<>();

	@BeforeEach
	void issueAdminKey() {
		this.admin = new AdminCalls(this.mvc, TestKeys.admin(this.keys), "cw");
	}

	@AfterEach
	void deleteCompanies() {
		this.films.forEach((film) -> this.jdbc.update("delete from film where imdb_id = ?", film));
		this.jdbc.update("delete from company where imdb_id in (?, ?) or name like 'Zzz Cw %'", this.company,
				this.other);
	}

	@Test
	void createsReadsByEitherIdAndRecordsACompany() {
		MvcTestResult created = this.admin.post("/api/v1/companies",
				"{\"imdbId\":\"" + this.company + "\",\"name\":\"Zzz Cw Lumière Pictures\",\"country\":\"FR\"}");
		long id = id(this.company);
		String expected = """
				{"id":%d,"imdbId":"%2$s","name":"Zzz Cw Lumière Pictures","country":"FR","version":0}""".formatted(id,
				this.company);

		assertThat(created).hasStatus(201)
			.hasHeader(HttpHeaders.LOCATION, "/api/v1/companies/" + this.company)
			.hasHeader(HttpHeaders.ETAG, "\"0\"")
			.bodyJson()
			.isStrictlyEqualTo(expected);
		assertThat(this.mvc.get().uri("/api/v1/companies/" + this.company)).hasStatusOk()
			.hasHeader(HttpHeaders.ETAG, "\"0\"")
			.bodyJson()
			.isStrictlyEqualTo(expected);
		assertThat(this.mvc.get().uri("/api/v1/companies/" + id)).hasStatusOk().bodyJson().isStrictlyEqualTo(expected);
		assertThat(changes(id)).containsExactly("create company " + this.company);
	}

	@Test
	void listsCompaniesInNameOrderMatchingATypoTolerantQuery() {
		this.admin.post("/api/v1/companies", "{\"imdbId\":\"" + this.company + "\",\"name\":\"Zzz Cw Harbour Films\"}");
		this.admin.post("/api/v1/companies", "{\"imdbId\":\"" + this.other + "\",\"name\":\"Zzz Cw Granite Studios\"}");
		this.admin.post("/api/v1/companies", "{\"name\":\"Zzz Cw Harbor Distribution\",\"country\":\"US\"}");
		long harbor = this.jdbc.queryForObject("select id from company where name = 'Zzz Cw Harbor Distribution'",
				Long.class);
		String after = Cursor.of("name", "Zzz Cw", 0L).encode();
		String next = Cursor.of("name", "Zzz Cw Harbor Distribution", harbor).encode();

		MvcTestResult page = this.mvc.get().uri("/api/v1/companies?size=2&after=" + after).exchange();
		MvcTestResult matching = this.mvc.get().uri("/api/v1/companies?q=zzz cw harbour&size=5").exchange();
		MvcTestResult blank = this.mvc.get().uri("/api/v1/companies?q= ").header("X-Request-Id", "cw").exchange();

		assertThat(page).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(
					"""
							{"items":[{"id":%d,"imdbId":"%5$s","name":"Zzz Cw Granite Studios","country":null},
							          {"id":%d,"imdbId":null,"name":"Zzz Cw Harbor Distribution","country":"US"}],
							 "size":2,"nextCursor":"%s","next":"http://localhost/api/v1/companies?size=2&after=%s","total":null}"""
						.formatted(id(this.other), harbor, next, next, this.other));
		assertThat(matching).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"items":[{"id":%d,"imdbId":null,"name":"Zzz Cw Harbor Distribution","country":"US"},
					          {"id":%d,"imdbId":"%3$s","name":"Zzz Cw Harbour Films","country":null}],
					 "size":5,"nextCursor":null,"next":null,"total":null}""".formatted(harbor, id(this.company),
					this.company));
		assertProblem(blank, 400, """
				{"type":"/problems/invalid-parameter","title":"Invalid request parameter","status":400,
				 "detail":"q must not be blank","instance":"/api/v1/companies","code":"invalid-parameter",
				 "correlationId":"cw","errors":[{"name":"q","in":"query","message":"must not be blank"}]}""");
	}

	@Test
	void anUnknownCompanyIsNotFound() {
		assertProblem(this.mvc.get().uri("/api/v1/companies/co0000009").header("X-Request-Id", "cw").exchange(), 404,
				"""
						{"type":"/problems/not-found","title":"Resource not found","status":404,
						 "detail":"No company with id 'co0000009'","instance":"/api/v1/companies/co0000009",
						 "code":"not-found","correlationId":"cw"}""");
	}

	@Test
	void replacePatchAndDeleteNeedTheVersionReadAndAreRecorded() {
		MvcTestResult created = this.admin.post("/api/v1/companies",
				"{\"imdbId\":\"" + this.company + "\",\"name\":\"Zzz Cw Before\",\"country\":\"GB\"}");
		long id = id(this.company);

		MvcTestResult unconditional = this.admin.put("/api/v1/companies/" + this.company, null,
				"{\"name\":\"Zzz Cw X\"}");
		MvcTestResult replaced = this.admin.put("/api/v1/companies/" + this.company, etag(created),
				"{\"imdbId\":\"" + this.company + "\",\"name\":\"Zzz Cw After\"}");
		MvcTestResult stale = this.admin.patch("/api/v1/companies/" + this.company, etag(created),
				"{\"country\":\"US\"}");
		MvcTestResult invalid = this.admin.patch("/api/v1/companies/" + this.company, etag(replaced),
				"{\"imdbId\":\"tt1\",\"name\":null,\"country\":\"usa\"}");
		MvcTestResult patched = this.admin.patch("/api/v1/companies/" + this.company, etag(replaced),
				"{\"country\":\"US\"}");
		MvcTestResult deleted = this.admin.delete("/api/v1/companies/" + id, etag(patched));

		assertProblem(unconditional, 428,
				"""
						{"type":"/problems/precondition-required","title":"Precondition required","status":428,
						 "detail":"Send If-Match with the ETag of company %1$s as you read it (currently \\"0\\"), so that no edit is lost",
						 "instance":"/api/v1/companies/%1$s","code":"precondition-required","correlationId":"cw"}"""
					.formatted(this.company));
		assertThat(replaced).hasStatusOk()
			.hasHeader(HttpHeaders.ETAG, "\"1\"")
			.bodyJson()
			.isStrictlyEqualTo("""
					{"id":%d,"imdbId":"%2$s","name":"Zzz Cw After","country":null,"version":1}""".formatted(id,
					this.company));
		assertProblem(stale, 412,
				"""
						{"type":"/problems/precondition-failed","title":"Precondition failed","status":412,
						 "detail":"If-Match does not hold: company %1$s has changed since it was read (its ETag is now \\"1\\")",
						 "instance":"/api/v1/companies/%1$s","code":"precondition-failed","correlationId":"cw"}"""
					.formatted(this.company));
		assertProblem(invalid, 400, """
				{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
				 "detail":"The request body has 3 invalid fields: country, imdbId, name",
				 "instance":"/api/v1/companies/%1$s","code":"invalid-body","correlationId":"cw",
				 "errors":[{"name":"country","in":"body","message":"must match \\"[A-Z]{2}\\""},
				           {"name":"imdbId","in":"body","message":"must match \\"co[0-9]{7,10}\\""},
				           {"name":"name","in":"body","message":"must not be blank"}]}""".formatted(this.company));
		assertThat(patched).hasStatusOk()
			.hasHeader(HttpHeaders.ETAG, "\"2\"")
			.bodyJson()
			.isStrictlyEqualTo("""
					{"id":%d,"imdbId":"%2$s","name":"Zzz Cw After","country":"US","version":2}""".formatted(id,
					this.company));
		assertThat(deleted).hasStatus(204);
		assertThat(this.mvc.get().uri("/api/v1/companies/" + this.company)).hasStatus(404);
		assertThat(changes(id)).containsExactly("create company " + this.company, "update company " + this.company,
				"update company " + this.company, "delete company " + this.company);
	}

	@Test
	void aTakenImdbIdIsAConflict() {
		this.admin.post("/api/v1/companies", "{\"imdbId\":\"" + this.company + "\",\"name\":\"Zzz Cw Original\"}");

		MvcTestResult duplicate = this.admin.post("/api/v1/companies",
				"{\"imdbId\":\"" + this.company + "\",\"name\":\"Zzz Cw Copy\"}");

		assertProblem(duplicate, 409,
				"""
						{"type":"/problems/conflict","title":"Conflict","status":409,
						 "detail":"There is already a company with IMDb id %1$s (/api/v1/companies/%1$s); change that one or choose another key",
						 "instance":"/api/v1/companies","code":"conflict","correlationId":"cw"}"""
					.formatted(this.company));
	}

	@Test
	void aCompanyStillCreditedIsNotDeleted() {
		MvcTestResult created = this.admin.post("/api/v1/companies",
				"{\"imdbId\":\"" + this.company + "\",\"name\":\"Zzz Cw Busy\"}");
		for (int n = 1; n <= 2; n++) {
			String film = new TestFilms(this.documents).create(FilmDocumentBuilder.film("Produced")).imdbId();
			this.films.add(film);
			this.jdbc.update(
					"insert into company_credit (film_id, company_id, role, position) select f.id, c.id,"
							+ " 'production', 1 from film f, company c where f.imdb_id = ? and c.imdb_id = ?",
					film, this.company);
		}

		MvcTestResult refused = this.admin.delete("/api/v1/companies/" + this.company, etag(created));

		assertProblem(refused, 409,
				"""
						{"type":"/problems/conflict","title":"Conflict","status":409,
						 "detail":"Company %1$s is still credited on 2 films: delete those company credits first; deleting the company would leave them pointing at nothing",
						 "instance":"/api/v1/companies/%1$s","code":"conflict","correlationId":"cw"}"""
					.formatted(this.company));
	}

	@Test
	void writesNeedAnAdminKey() {
		MvcTestResult anonymous = this.admin.as("").post("/api/v1/companies", "{\"name\":\"Zzz Cw Nope\"}");
		MvcTestResult malformed = this.admin.as(TestKeys.MALFORMED).put("/api/v1/companies/1", "\"0\"", "{}");
		MvcTestResult reader = this.admin.as(TestKeys.reader(this.keys)).delete("/api/v1/companies/1", "\"0\"");

		assertThat(anonymous).hasStatus(401);
		assertThat(malformed).hasStatus(401);
		assertThat(malformed).bodyJson().extractingPath("$.code").isEqualTo("unauthorized");
		assertThat(reader).hasStatus(403);
		assertThat(reader).bodyJson().extractingPath("$.code").isEqualTo("forbidden");
	}

	private long id(String imdbId) {
		return this.jdbc.queryForObject("select id from company where imdb_id = ?", Long.class, imdbId);
	}

	private List<String> changes(long id) {
		return this.jdbc.queryForList(
				"select action || ' ' || resource_type || ' ' || coalesce(resource_key, '-') from change_event"
						+ " where resource_type = 'company' and resource_id = ? order by id",
				String.class, id);
	}

}
