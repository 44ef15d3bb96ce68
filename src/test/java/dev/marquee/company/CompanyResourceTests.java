package dev.marquee.company;

import java.util.List;

import dev.marquee.MarqueeTest;
import dev.marquee.apikey.ApiKeys;
import dev.marquee.support.web.Cursor;
import dev.marquee.testdata.AdminCalls;
import dev.marquee.testdata.FilmDocumentBuilder;
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
 * every refusal. Companies here are co96000nn named "Zzz Cw …" (so they sort after every
 * other company), films tt90082nn.
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

	@BeforeEach
	void issueAdminKey() {
		this.admin = new AdminCalls(this.mvc, TestKeys.admin(this.keys), "cw");
	}

	@AfterEach
	void deleteCompanies() {
		this.jdbc.update("delete from film where imdb_id like 'tt90082%'");
		this.jdbc.update("delete from company where imdb_id like 'co96000%' or name like 'Zzz Cw %'");
	}

	@Test
	void createsReadsByEitherIdAndRecordsACompany() {
		MvcTestResult created = this.admin.post("/api/v1/companies",
				"{\"imdbId\":\"co9600001\",\"name\":\"Zzz Cw Lumière Pictures\",\"country\":\"FR\"}");
		long id = id("co9600001");
		String expected = """
				{"id":%d,"imdbId":"co9600001","name":"Zzz Cw Lumière Pictures","country":"FR"}""".formatted(id);

		assertThat(created).hasStatus(201)
			.hasHeader(HttpHeaders.LOCATION, "/api/v1/companies/co9600001")
			.hasHeader(HttpHeaders.ETAG, "\"0\"")
			.bodyJson()
			.isStrictlyEqualTo(expected);
		assertThat(this.mvc.get().uri("/api/v1/companies/co9600001")).hasStatusOk()
			.hasHeader(HttpHeaders.ETAG, "\"0\"")
			.bodyJson()
			.isStrictlyEqualTo(expected);
		assertThat(this.mvc.get().uri("/api/v1/companies/" + id)).hasStatusOk().bodyJson().isStrictlyEqualTo(expected);
		assertThat(changes(id)).containsExactly("create company co9600001");
	}

	@Test
	void listsCompaniesInNameOrderMatchingATypoTolerantQuery() {
		this.admin.post("/api/v1/companies", "{\"imdbId\":\"co9600002\",\"name\":\"Zzz Cw Harbour Films\"}");
		this.admin.post("/api/v1/companies", "{\"imdbId\":\"co9600003\",\"name\":\"Zzz Cw Granite Studios\"}");
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
			.isStrictlyEqualTo("""
					{"items":[{"id":%d,"imdbId":"co9600003","name":"Zzz Cw Granite Studios","country":null},
					          {"id":%d,"imdbId":null,"name":"Zzz Cw Harbor Distribution","country":"US"}],
					 "size":2,"nextCursor":"%s","next":"http://localhost/api/v1/companies?size=2&after=%s"}"""
				.formatted(id("co9600003"), harbor, next, next));
		assertThat(matching).hasStatusOk().bodyJson().isStrictlyEqualTo("""
				{"items":[{"id":%d,"imdbId":null,"name":"Zzz Cw Harbor Distribution","country":"US"},
				          {"id":%d,"imdbId":"co9600002","name":"Zzz Cw Harbour Films","country":null}],
				 "size":5,"nextCursor":null,"next":null}""".formatted(harbor, id("co9600002")));
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
				"{\"imdbId\":\"co9600004\",\"name\":\"Zzz Cw Before\",\"country\":\"GB\"}");
		long id = id("co9600004");

		MvcTestResult unconditional = this.admin.put("/api/v1/companies/co9600004", null, "{\"name\":\"Zzz Cw X\"}");
		MvcTestResult replaced = this.admin.put("/api/v1/companies/co9600004", etag(created),
				"{\"imdbId\":\"co9600004\",\"name\":\"Zzz Cw After\"}");
		MvcTestResult stale = this.admin.patch("/api/v1/companies/co9600004", etag(created), "{\"country\":\"US\"}");
		MvcTestResult invalid = this.admin.patch("/api/v1/companies/co9600004", etag(replaced),
				"{\"imdbId\":\"tt1\",\"name\":null,\"country\":\"usa\"}");
		MvcTestResult patched = this.admin.patch("/api/v1/companies/co9600004", etag(replaced), "{\"country\":\"US\"}");
		MvcTestResult deleted = this.admin.delete("/api/v1/companies/" + id, etag(patched));

		assertProblem(unconditional, 428,
				"""
						{"type":"/problems/precondition-required","title":"Precondition required","status":428,
						 "detail":"Send If-Match with the ETag of company co9600004 as you read it (currently \\"0\\"), so that no edit is lost",
						 "instance":"/api/v1/companies/co9600004","code":"precondition-required","correlationId":"cw"}""");
		assertThat(replaced).hasStatusOk().hasHeader(HttpHeaders.ETAG, "\"1\"").bodyJson().isStrictlyEqualTo("""
				{"id":%d,"imdbId":"co9600004","name":"Zzz Cw After","country":null}""".formatted(id));
		assertProblem(stale, 412,
				"""
						{"type":"/problems/precondition-failed","title":"Precondition failed","status":412,
						 "detail":"If-Match does not hold: company co9600004 has changed since it was read (its ETag is now \\"1\\")",
						 "instance":"/api/v1/companies/co9600004","code":"precondition-failed","correlationId":"cw"}""");
		assertProblem(invalid, 400, """
				{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
				 "detail":"The request body has 3 invalid fields: country, imdbId, name",
				 "instance":"/api/v1/companies/co9600004","code":"invalid-body","correlationId":"cw",
				 "errors":[{"name":"country","in":"body","message":"must match \\"[A-Z]{2}\\""},
				           {"name":"imdbId","in":"body","message":"must match \\"co[0-9]{7,10}\\""},
				           {"name":"name","in":"body","message":"must not be blank"}]}""");
		assertThat(patched).hasStatusOk().hasHeader(HttpHeaders.ETAG, "\"2\"").bodyJson().isStrictlyEqualTo("""
				{"id":%d,"imdbId":"co9600004","name":"Zzz Cw After","country":"US"}""".formatted(id));
		assertThat(deleted).hasStatus(204);
		assertThat(this.mvc.get().uri("/api/v1/companies/co9600004")).hasStatus(404);
		assertThat(changes(id)).containsExactly("create company co9600004", "update company co9600004",
				"update company co9600004", "delete company co9600004");
	}

	@Test
	void aTakenImdbIdIsAConflict() {
		this.admin.post("/api/v1/companies", "{\"imdbId\":\"co9600005\",\"name\":\"Zzz Cw Original\"}");

		MvcTestResult duplicate = this.admin.post("/api/v1/companies",
				"{\"imdbId\":\"co9600005\",\"name\":\"Zzz Cw Copy\"}");

		assertProblem(duplicate, 409,
				"""
						{"type":"/problems/conflict","title":"Conflict","status":409,
						 "detail":"There is already a company with IMDb id co9600005 (/api/v1/companies/co9600005); change that one or choose another key",
						 "instance":"/api/v1/companies","code":"conflict","correlationId":"cw"}""");
	}

	@Test
	void aCompanyStillCreditedIsNotDeleted() {
		MvcTestResult created = this.admin.post("/api/v1/companies",
				"{\"imdbId\":\"co9600006\",\"name\":\"Zzz Cw Busy\"}");
		for (int n = 8201; n <= 8202; n++) {
			this.documents.upsert(FilmDocumentBuilder.film(n, "Produced").build());
			this.jdbc.update(
					"insert into company_credit (film_id, company_id, role, position) select f.id, c.id,"
							+ " 'production', 1 from film f, company c where f.imdb_id = ? and c.imdb_id = 'co9600006'",
					"tt%07d".formatted(9_000_000 + n));
		}

		MvcTestResult refused = this.admin.delete("/api/v1/companies/co9600006", etag(created));

		assertProblem(refused, 409,
				"""
						{"type":"/problems/conflict","title":"Conflict","status":409,
						 "detail":"Company co9600006 is still credited on 2 films: delete those company credits first; deleting the company would leave them pointing at nothing",
						 "instance":"/api/v1/companies/co9600006","code":"conflict","correlationId":"cw"}""");
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
