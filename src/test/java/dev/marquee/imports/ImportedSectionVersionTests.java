package dev.marquee.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import dev.marquee.MarqueeTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A film's ETag is its version, which covers its sections: an import that changes only a
 * film's credits gives it a new version, so a client revalidating with the old ETag gets
 * the new title page rather than a 304, and the credit that did not change keeps its id
 * and version. Titles tt69….
 */
@MarqueeTest
class ImportedSectionVersionTests {

	private static final String BASICS = """
			tconst	titleType	primaryTitle	originalTitle	isAdult	startYear	endYear	runtimeMinutes	genres
			tt6900001	movie	Versioned	\\N	0	2016	\\N	128	Drama
			""";

	private static final String NAMES = """
			nconst	primaryName	birthYear	deathYear	primaryProfession	knownForTitles
			nm6900001	Ada Version	\\N	\\N	actress	\\N
			nm6900002	Ben Version	\\N	\\N	actor	\\N
			""";

	private static final String PRINCIPALS = """
			tconst	ordering	nconst	category	job	characters
			tt6900001	1	nm6900001	actress	\\N	["Mia"]
			tt6900001	2	nm6900002	actor	\\N	["%s"]
			""";

	@Autowired
	ImdbImporter importer;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvcTester mvc;

	@TempDir
	Path temp;

	@AfterEach
	void removeImportedData() {
		ImportChecksums.purge(this.jdbc, "^tt69", "^nm69");
	}

	@Test
	void anImportThatChangesOnlyAFilmsCreditsGivesTheFilmANewETag() throws Exception {
		this.importer.run(new ImportOptions(files("day0", "Sebastian"), false), ImportListener.NONE);
		MvcTestResult before = this.mvc.get().uri("/api/v1/films/tt6900001").exchange();
		String etag = before.getResponse().getHeader(HttpHeaders.ETAG);
		long kept = credit(1);

		ImportReport refresh = this.importer.run(new ImportOptions(files("day1", "Seb"), false), ImportListener.NONE);

		assertThat(this.mvc.get().uri("/api/v1/films/tt6900001").header(HttpHeaders.IF_NONE_MATCH, etag).exchange())
			.hasStatusOk()
			.hasHeader(HttpHeaders.ETAG, "\"%d\"".formatted(Long.parseLong(etag.replace("\"", "")) + 1));
		assertThat(this.mvc.get().uri("/api/v1/films/tt6900001/cast").exchange()).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"items":[
					  {"id":%d,"person":{"id":%d,"imdbId":"nm6900001","name":"Ada Version"},"characters":["Mia"],
					   "billingOrder":1,"creditedAs":null,"note":null,"version":0},
					  {"id":%d,"person":{"id":%d,"imdbId":"nm6900002","name":"Ben Version"},"characters":["Seb"],
					   "billingOrder":2,"creditedAs":null,"note":null,"version":1}],
					 "size":20,"nextCursor":null,"next":null,"total":null}""".formatted(kept, person(1), credit(2),
					person(2)));
		assertThat(kept).as("the unchanged credit keeps its id").isEqualTo(credit(1));
		assertThat(this.jdbc.queryForList("SELECT c.version FROM cast_credit c JOIN film f ON f.id = c.film_id "
				+ "WHERE f.imdb_id = 'tt6900001' ORDER BY c.billing_order", Long.class))
			.containsExactly(0L, 1L);
		assertThat(this.jdbc.queryForList(
				"SELECT action || ' ' || resource_type || ' ' || resource_key FROM change_event WHERE import_id = ?",
				String.class, refresh.id()))
			.containsExactly("update film tt6900001");
	}

	/**
	 * A title page shows the people it credits: an import that renames one (writing
	 * people set-wise, each changed one at a new version) gives every title page showing
	 * them a new ETag, though the film itself did not change.
	 */
	@Test
	void anImportThatRenamesAPersonGivesTheTitlePagesShowingThemANewETag() throws Exception {
		this.importer.run(new ImportOptions(files("day0", "Sebastian"), false), ImportListener.NONE);
		String uri = "/api/v1/films/tt6900001?include=all";
		MvcTestResult before = this.mvc.get().uri(uri).exchange();
		String etag = before.getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(this.mvc.get().uri(uri).header(HttpHeaders.IF_NONE_MATCH, etag).exchange()).hasStatus(304);

		this.importer.run(
				new ImportOptions(files("day1", "Sebastian", NAMES.replace("Ben Version", "Ben Renamed")), false),
				ImportListener.NONE);

		MvcTestResult after = this.mvc.get().uri(uri).header(HttpHeaders.IF_NONE_MATCH, etag).exchange();
		assertThat(after).hasStatusOk();
		String newTag = after.getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(newTag).isNotEqualTo(etag)
			.startsWith(etag.substring(0, etag.indexOf('.') + 1))
			.as("the film's own version did not change");
		assertThat(after.getResponse().getContentAsString()).contains("\"name\":\"Ben Renamed\"")
			.doesNotContain("Ben Version");
		assertThat(this.mvc.get().uri(uri).header(HttpHeaders.IF_NONE_MATCH, newTag).exchange()).hasStatus(304);
	}

	/**
	 * Titles, alternate titles and credits are merged in one transaction, so readers see
	 * them change at once: a film whose cast, crew and alternate titles all changed gets
	 * one new version, and one whose own row changed as well gets no more than that.
	 */
	@Test
	void aFilmWhoseCastCrewAndAlternateTitlesChangeGetsOneNewVersion() throws Exception {
		this.importer.run(new ImportOptions(day("day0", BASICS, "Sebastian", "Director", "La La"), false),
				ImportListener.NONE);
		long before = version();

		ImportReport changed = this.importer
			.run(new ImportOptions(day("day1", BASICS, "Seb", "Co-Director", "Lalaland"), false), ImportListener.NONE);

		assertThat(version()).isEqualTo(before + 1);
		assertThat(changed.phases()).extracting(PhaseReport::name, (phase) -> phase.counts().get("films replaced"))
			.contains(tuple("alternate titles", 1L), tuple("cast", 1L), tuple("crew", 1L));
		assertThat(changed.phases()).extracting(PhaseReport::name, PhaseReport::counts)
			.contains(tuple("film versions", Map.of("raised", 1L)));
		assertThat(this.jdbc.queryForList(
				"SELECT action || ' ' || resource_type || ' ' || resource_key FROM change_event WHERE import_id = ?",
				String.class, changed.id()))
			.containsExactly("update film tt6900001");

		ImportReport alsoTheRow = this.importer.run(
				new ImportOptions(day("day2", BASICS.replace("128", "129"), "Sebastian", "Director", "La La"), false),
				ImportListener.NONE);

		assertThat(version()).as("the row's own new version covers its credits").isEqualTo(before + 2);
		assertThat(alsoTheRow.phases()).extracting(PhaseReport::name, PhaseReport::counts)
			.contains(tuple("film versions", Map.of("raised", 0L)));
		assertThat(this.mvc.get().uri("/api/v1/films/tt6900001").exchange()).hasStatusOk()
			.hasHeader(HttpHeaders.ETAG, "\"%d\"".formatted(before + 2))
			.bodyJson()
			.extractingPath("$.runtimeMinutes")
			.isEqualTo(129);
	}

	private Path day(String day, String basics, String character, String job, String alternateTitle)
			throws IOException {
		Path dir = Files.createDirectories(this.temp.resolve(day));
		Files.writeString(dir.resolve("title.basics.tsv"), basics);
		Files.writeString(dir.resolve("name.basics.tsv"), NAMES);
		Files.writeString(dir.resolve("title.principals.tsv"),
				PRINCIPALS.formatted(character) + "tt6900001\t3\tnm6900002\tdirector\t%s\t\\N\n".formatted(job));
		Files.writeString(dir.resolve("title.akas.tsv"), """
				titleId	ordering	title	region	language	types	attributes	isOriginalTitle
				tt6900001	1	%s	US	\\N	\\N	\\N	0
				""".formatted(alternateTitle));
		return dir;
	}

	private long version() {
		return this.jdbc.queryForObject("SELECT version FROM film WHERE imdb_id = 'tt6900001'", Long.class);
	}

	private Path files(String day, String character) throws IOException {
		return files(day, character, NAMES);
	}

	private Path files(String day, String character, String names) throws IOException {
		Path dir = Files.createDirectories(this.temp.resolve(day));
		Files.writeString(dir.resolve("title.basics.tsv"), BASICS);
		Files.writeString(dir.resolve("name.basics.tsv"), names);
		Files.writeString(dir.resolve("title.principals.tsv"), PRINCIPALS.formatted(character));
		return dir;
	}

	private long credit(int billingOrder) {
		return this.jdbc.queryForObject("SELECT c.id FROM cast_credit c JOIN film f ON f.id = c.film_id "
				+ "WHERE f.imdb_id = 'tt6900001' AND c.billing_order = ?", Long.class, billingOrder);
	}

	private long person(int number) {
		return this.jdbc.queryForObject("SELECT id FROM person WHERE imdb_id = ?", Long.class, "nm690000" + number);
	}

}
