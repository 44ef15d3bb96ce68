package dev.marquee.credit;

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
 * Crew credits written one at a time: the person matched like a cast member's, a new
 * credit last in its department, a credit moved to another department last in that one.
 * Each test has a film and people of its own.
 */
@MarqueeTest
class CrewWriteTests {

	private final String film = TestIds.film();

	private final String path = "/api/v1/films/" + this.film + "/crew";

	private final String dana = TestIds.person();

	private final String nova = TestIds.person();

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
		this.documents.upsert(FilmDocumentBuilder.film(this.film, "Crewed")
			.crew(this.dana, "Dana Director", Department.DIRECTING, "Director")
			.crew(null, "Wren Writer", Department.WRITING, "Writer")
			.crew(null, "Cole Composer", Department.MUSIC, "Composer")
			.build());
	}

	@AfterEach
	void removeFilm() {
		this.jdbc.update("delete from film where imdb_id = '" + this.film + "'");
	}

	@Test
	void aCreditIsAddedLastInItsDepartmentWithItsPersonMatchedNeverDuplicated() {
		long dana = personId(this.dana);
		long wren = this.jdbc.queryForObject("select id from person where name = 'Wren Writer' and imdb_id is null",
				Long.class);

		MvcTestResult byImdbId = this.writes.post(this.path, """
				{"person":{"imdbId":"%1$s","name":"Dana D."},"department":"writing","job":"Story",
				 "creditedAs":"D. Director","note":null}""".formatted(this.dana));
		MvcTestResult byName = this.writes.post(this.path, """
				{"person":{"imdbId":null,"name":"Wren Writer"},"department":"directing","job":"Second Unit Director",
				 "creditedAs":null,"note":"second unit"}""");
		MvcTestResult newPerson = this.writes.post(this.path, """
				{"person":{"imdbId":"%1$s","name":"Nova Person"},"department":"other","job":"Consultant",
				 "creditedAs":null,"note":null}""".formatted(this.nova));

		long story = SectionJson.body(byImdbId).get("id").asLong();
		assertThat(byImdbId).hasStatus(201)
			.hasHeader(HttpHeaders.LOCATION, this.path + "/" + story)
			.satisfies(shownETag(0))
			.bodyJson()
			.isStrictlyEqualTo("""
					{"id":%d,"person":{"id":%d,"imdbId":"%3$s","name":"Dana Director"},"department":"writing",
					 "job":"Story","creditedAs":"D. Director","note":null,"version":0}""".formatted(story, dana,
					this.dana));
		long secondUnit = SectionJson.body(byName).get("id").asLong();
		assertThat(byName).hasStatus(201)
			.bodyJson()
			.isStrictlyEqualTo("""
					{"id":%d,"person":{"id":%d,"imdbId":null,"name":"Wren Writer"},"department":"directing",
					 "job":"Second Unit Director","creditedAs":null,"note":"second unit","version":0}"""
				.formatted(secondUnit, wren));
		long nova = personId(this.nova);
		assertThat(newPerson).hasStatus(201)
			.bodyJson()
			.isStrictlyEqualTo("""
					{"id":%d,"person":{"id":%d,"imdbId":"%3$s","name":"Nova Person"},"department":"other",
					 "job":"Consultant","creditedAs":null,"note":null,"version":0}"""
				.formatted(SectionJson.body(newPerson).get("id").asLong(), nova, this.nova));
		assertThat(this.jdbc.queryForObject("select count(*) from person where imdb_id in ('" + this.dana + "', '"
				+ this.nova + "') or name = 'Wren Writer'", Integer.class))
			.isEqualTo(3);
		assertThat(this.mvc.get().uri(this.path).exchange()).bodyJson()
			.extractingPath("$.items[*].job")
			.asArray()
			.containsExactly("Director", "Second Unit Director", "Writer", "Story", "Composer", "Consultant");
	}

	@Test
	void aCreditMovedToAnotherDepartmentGoesLastThereAndAPatchKeepsWhatItDoesNotName() {
		long composer = this.jdbc.queryForObject("select id from crew_credit where job = 'Composer' and film_id ="
				+ " (select id from film where imdb_id = '" + this.film + "')", Long.class);
		long cole = this.jdbc.queryForObject("select id from person where name = 'Cole Composer'", Long.class);
		long filmVersion = filmVersion();

		MvcTestResult moved = this.writes
			.send(this.mvc.put().uri(this.path + "/" + composer).contentType(MediaType.APPLICATION_JSON).content("""
					{"person":{"imdbId":null,"name":"Cole Composer"},"department":"directing","job":"Co-Director",
					 "creditedAs":null,"note":null}"""), "\"0\"");
		assertThat(moved).hasStatusOk().satisfies(shownETag(1)).bodyJson().isStrictlyEqualTo("""
				{"id":%d,"person":{"id":%d,"imdbId":null,"name":"Cole Composer"},"department":"directing",
				 "job":"Co-Director","creditedAs":null,"note":null,"version":1}""".formatted(composer, cole));
		assertThat(filmVersion()).isGreaterThan(filmVersion);
		assertThat(this.mvc.get().uri(this.path).exchange()).bodyJson()
			.extractingPath("$.items[*].job")
			.asArray()
			.containsExactly("Director", "Co-Director", "Writer");

		MvcTestResult patched = this.writes.send(this.mvc.patch()
			.uri(this.path + "/" + composer)
			.contentType(MediaType.parseMediaType("application/merge-patch+json"))
			.content("{\"creditedAs\":\"C. Composer\"}"), "\"1\"");
		assertThat(patched).hasStatusOk().satisfies(shownETag(2)).bodyJson().isStrictlyEqualTo("""
				{"id":%d,"person":{"id":%d,"imdbId":null,"name":"Cole Composer"},"department":"directing",
				 "job":"Co-Director","creditedAs":"C. Composer","note":null,"version":2}""".formatted(composer, cole));
		assertThat(this.mvc.get().uri(this.path + "/" + composer).exchange()).satisfies(shownETag(2))
			.bodyJson()
			.isStrictlyEqualTo(SectionJson.write(SectionJson.body(patched)));

		assertThat(this.writes.send(this.mvc.delete().uri(this.path + "/" + composer), "\"2\"")).hasStatus(204);
		assertThat(this.mvc.get().uri(this.path + "/" + composer).exchange()).hasStatus(404);
		assertThat(this.jdbc.queryForObject("select count(*) from person where id = ?", Integer.class, cole)).isOne();
	}

	private long personId(String imdbId) {
		return this.jdbc.queryForObject("select id from person where imdb_id = ?", Long.class, imdbId);
	}

	private long filmVersion() {
		return this.jdbc.queryForObject("select version from film where imdb_id = '" + this.film + "'", Long.class);
	}

}
