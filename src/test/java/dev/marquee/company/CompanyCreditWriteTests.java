package dev.marquee.company;

import dev.marquee.MarqueeTest;
import dev.marquee.apikey.ApiKeys;
import dev.marquee.testdata.AdminWrites;
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

import static dev.marquee.testdata.AdminCalls.shownETag;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Company credits written one at a time: the company matched by its co id or, without
 * one, by exact name, never duplicated; a credit last in its role, and last in another
 * role it is moved to. Each test has a film and companies of its own.
 */
@MarqueeTest
class CompanyCreditWriteTests {

	private final String film = TestIds.film();

	private final String path = "/api/v1/films/" + this.film + "/companies";

	private final String summit = TestIds.company();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApiKeys keys;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FilmDocuments documents;

	private AdminWrites writes;

	@BeforeEach
	void storeFilm() {
		this.writes = new AdminWrites(this.mvc, TestKeys.admin(this.keys));
		this.documents.upsert(FilmDocumentBuilder.film(this.film, "Produced").build());
	}

	@AfterEach
	void removeFilm() {
		this.jdbc.update("delete from film where imdb_id = '" + this.film + "'");
	}

	@Test
	void creditsNameTheirCompanyByCoIdOrNameWithoutEverDuplicatingIt() {
		MvcTestResult summit = this.writes.post(this.path, """
				{"company":{"imdbId":"%1$s","name":"Summit Test","country":"US"},"role":"production","note":null}"""
			.formatted(this.summit));
		MvcTestResult summitAgain = this.writes.post(this.path, """
				{"company":{"imdbId":"%1$s","name":"Summit Renamed","country":null},"role":"distribution",
				 "note":"(2016) (USA) (theatrical)"}""".formatted(this.summit));
		MvcTestResult nameless = this.writes.post(this.path,
				"""
						{"company":{"imdbId":null,"name":"Nameless Films 8641","country":"FR"},"role":"production","note":null}""");
		MvcTestResult namelessAgain = this.writes.post(this.path, """
				{"company":{"imdbId":null,"name":"Nameless Films 8641","country":"FR"},"role":"sales","note":null}""");

		long summitId = companyId("imdb_id = '" + this.summit + "'");
		long namelessId = companyId("name = 'Nameless Films 8641'");
		long first = SectionJson.body(summit).get("id").asLong();
		assertThat(summit).hasStatus(201)
			.hasHeader(HttpHeaders.LOCATION, this.path + "/" + first)
			.satisfies(shownETag(0))
			.bodyJson()
			.isStrictlyEqualTo("""
					{"id":%d,"company":{"id":%d,"imdbId":"%3$s","name":"Summit Test","country":"US"},
					 "role":"production","note":null,"version":0}""".formatted(first, summitId, this.summit));
		assertThat(summitAgain).hasStatus(201)
			.bodyJson()
			.isStrictlyEqualTo("""
					{"id":%d,"company":{"id":%d,"imdbId":"%3$s","name":"Summit Test","country":"US"},
					 "role":"distribution","note":"(2016) (USA) (theatrical)","version":0}"""
				.formatted(SectionJson.body(summitAgain).get("id").asLong(), summitId, this.summit));
		assertThat(nameless).hasStatus(201);
		assertThat(SectionJson.body(namelessAgain).get("company").get("id").asLong()).isEqualTo(namelessId);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from company where imdb_id = '" + this.summit + "' or name = 'Nameless Films 8641'",
				Integer.class))
			.isEqualTo(2);
		assertThat(this.mvc.get().uri(this.path).exchange()).bodyJson()
			.extractingPath("$.items[*].role")
			.asArray()
			.containsExactly("production", "production", "distribution", "sales");
	}

	@Test
	void aCreditGivenAnotherRoleGoesLastThereAndDeletingItKeepsTheCompany() {
		long first = SectionJson.body(this.writes.post(this.path, """
				{"company":{"imdbId":null,"name":"Mover 8641","country":null},"role":"production","note":null}"""))
			.get("id")
			.asLong();
		this.writes.post(this.path, """
				{"company":{"imdbId":null,"name":"Stayer 8641","country":null},"role":"production","note":null}""");
		this.writes.post(this.path,
				"""
						{"company":{"imdbId":null,"name":"Distributor 8641","country":null},"role":"distribution","note":null}""");
		long mover = companyId("name = 'Mover 8641'");

		MvcTestResult moved = this.writes.send(this.mvc.patch()
			.uri(this.path + "/" + first)
			.contentType(MediaType.parseMediaType("application/merge-patch+json"))
			.content("{\"role\":\"distribution\",\"note\":\"(2017) (worldwide)\"}"), "\"0\"");

		assertThat(moved).hasStatusOk().satisfies(shownETag(1)).bodyJson().isStrictlyEqualTo("""
				{"id":%d,"company":{"id":%d,"imdbId":null,"name":"Mover 8641","country":null},
				 "role":"distribution","note":"(2017) (worldwide)","version":1}""".formatted(first, mover));
		assertThat(this.mvc.get().uri(this.path).exchange()).bodyJson()
			.extractingPath("$.items[*].company.name")
			.asArray()
			.containsExactly("Stayer 8641", "Distributor 8641", "Mover 8641");

		assertThat(this.writes.send(this.mvc.delete().uri(this.path + "/" + first), "\"1\"")).hasStatus(204);
		assertThat(this.mvc.get().uri(this.path + "/" + first).exchange()).hasStatus(404);
		assertThat(this.jdbc.queryForObject("select count(*) from company where id = ?", Integer.class, mover)).isOne();
	}

	private long companyId(String condition) {
		return this.jdbc.queryForObject("select id from company where " + condition, Long.class);
	}

}
