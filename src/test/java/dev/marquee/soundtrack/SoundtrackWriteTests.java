package dev.marquee.soundtrack;

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
 * Soundtracks written one song at a time, the credit lines part of the song: given in
 * order, replaced as a whole, gone with it. Each test has a film and people of its own.
 */
@MarqueeTest
class SoundtrackWriteTests {

	private static final MediaType MERGE_PATCH = MediaType.parseMediaType("application/merge-patch+json");

	private final String film = TestIds.film();

	private final String path = "/api/v1/films/" + this.film + "/soundtracks";

	private final String hurwitz = TestIds.person();

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
		this.documents.upsert(FilmDocumentBuilder.film(this.film, "Musical").build());
	}

	@AfterEach
	void removeFilm() {
		this.jdbc.update("delete from film where imdb_id = '" + this.film + "'");
	}

	@Test
	void aSongIsAddedLastWithItsLinesInOrderAndTheLinesAreReplacedAsAWhole() {
		MvcTestResult first = this.writes.post(this.path, """
				{"title":"Another Day of Sun","credits":[
				  {"role":"written_by","text":"Justin Hurwitz","person":{"imdbId":"%1$s","name":"Justin Hurwitz"}},
				  {"role":"courtesy_of","text":"Interscope Records","person":null}]}""".formatted(this.hurwitz));
		MvcTestResult second = this.writes.post(this.path, """
				{"title":"City of Stars","credits":[]}""");

		long song = SectionJson.body(first).get("id").asLong();
		long justin = this.jdbc.queryForObject("select id from person where imdb_id = '" + this.hurwitz + "'",
				Long.class);
		assertThat(first).hasStatus(201)
			.hasHeader(HttpHeaders.LOCATION, this.path + "/" + song)
			.satisfies(shownETag(0))
			.bodyJson()
			.isStrictlyEqualTo(
					"""
							{"id":%d,"title":"Another Day of Sun","credits":[
							  {"role":"written_by","text":"Justin Hurwitz","person":{"id":%d,"imdbId":"%3$s","name":"Justin Hurwitz"}},
							  {"role":"courtesy_of","text":"Interscope Records","person":null}],"version":0}"""
						.formatted(song, justin, this.hurwitz));
		assertThat(second).hasStatus(201);
		assertThat(this.mvc.get().uri(this.path).exchange()).bodyJson()
			.extractingPath("$.items[*].title")
			.asArray()
			.containsExactly("Another Day of Sun", "City of Stars");

		MvcTestResult replaced = this.writes.send(this.mvc.put()
			.uri(this.path + "/" + song)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"title":"Another Day of Sun","credits":[
					  {"role":"performed_by","text":"La La Land Cast","person":null},
					  {"role":"music_by","text":"Justin Hurwitz","person":{"imdbId":"%1$s","name":"J. Hurwitz"}},
					  {"role":"lyrics_by","text":"Benj Pasek and Justin Paul","person":null}]}"""
				.formatted(this.hurwitz)), "\"0\"");
		String threeLines = """
				{"role":"performed_by","text":"La La Land Cast","person":null},
				{"role":"music_by","text":"Justin Hurwitz","person":{"id":%d,"imdbId":"%2$s","name":"Justin Hurwitz"}},
				{"role":"lyrics_by","text":"Benj Pasek and Justin Paul","person":null}""".formatted(justin,
				this.hurwitz);
		assertThat(replaced).hasStatusOk().satisfies(shownETag(1)).bodyJson().isStrictlyEqualTo("""
				{"id":%d,"title":"Another Day of Sun","credits":[%s],"version":1}""".formatted(song, threeLines));
		assertThat(lines(song)).isEqualTo(3);

		MvcTestResult retitled = this.writes.send(
				this.mvc.patch().uri(this.path + "/" + song).contentType(MERGE_PATCH).content("{\"title\":\"Sun\"}"),
				"\"1\"");
		assertThat(retitled).hasStatusOk().satisfies(shownETag(2)).bodyJson().isStrictlyEqualTo("""
				{"id":%d,"title":"Sun","credits":[%s],"version":2}""".formatted(song, threeLines));

		MvcTestResult relined = this.writes
			.send(this.mvc.patch().uri(this.path + "/" + song).contentType(MERGE_PATCH).content("""
					{"credits":[{"role":"other","text":"Kálmán Berkes","person":null}]}"""), "\"2\"");
		assertThat(relined).hasStatusOk()
			.hasHeader(HttpHeaders.ETAG, "\"3\"")
			.bodyJson()
			.isStrictlyEqualTo(
					"""
							{"id":%d,"title":"Sun","credits":[{"role":"other","text":"Kálmán Berkes","person":null}],"version":3}"""
						.formatted(song));
		assertThat(this.mvc.get().uri(this.path + "/" + song).exchange()).hasHeader(HttpHeaders.ETAG, "\"3\"")
			.bodyJson()
			.isStrictlyEqualTo(SectionJson.write(SectionJson.body(relined)));

		assertThat(this.writes.send(this.mvc.delete().uri(this.path + "/" + song), "\"3\"")).hasStatus(204);
		assertThat(lines(song)).isZero();
		assertThat(this.mvc.get().uri(this.path).exchange()).bodyJson()
			.extractingPath("$.items[*].title")
			.asArray()
			.containsExactly("City of Stars");
		assertThat(this.jdbc.queryForObject("select count(*) from person where id = ?", Integer.class, justin)).isOne();
	}

	private int lines(long song) {
		return this.jdbc.queryForObject("select count(*) from soundtrack_credit where soundtrack_id = ?", Integer.class,
				song);
	}

}
