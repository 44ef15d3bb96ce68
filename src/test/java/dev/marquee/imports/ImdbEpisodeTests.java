package dev.marquee.imports;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.marquee.MarqueeTest;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyscreamer.jsonassert.Customization;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import org.skyscreamer.jsonassert.comparator.CustomComparator;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Episodes imported from title.episode, as the API shows them: an episode names its
 * series, season and number; a series lists its episodes, paged. Titles tt75….
 */
@MarqueeTest
class ImdbEpisodeTests {

	private static final Path EPISODES = Path.of("src/test/resources/imports/episodes");

	@Autowired
	ImdbImporter importer;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	private long series;

	@BeforeEach
	void importEpisodes() throws Exception {
		this.importer.run(new ImportOptions(EPISODES, false), ImportListener.NONE);
		this.series = this.jdbc.queryForObject("SELECT id FROM film WHERE imdb_id = 'tt7500001'", Long.class);
	}

	@AfterEach
	void removeImportedTitles() {
		ImportChecksums.purge(this.jdbc, "^tt75", "^nm75");
	}

	@Test
	void anEpisodeNamesItsSeriesSeasonAndNumber() throws Exception {
		JSONAssert.assertEquals(
				"""
						{"id":0,"imdbId":"tt7500002","title":"Pilot","originalTitle":null,"type":"tvEpisode","releaseYear":1990,
						 "endYear":null,"runtimeMinutes":94,"plot":null,"genres":["Crime","Drama"],
						 "rating":{"average":null,"votes":0},"countries":[],"languages":[],
						 "technicalSpecs":{"color":null,"soundMixes":[],"aspectRatio":null},"officialSites":[],
						 "externalIds":{"tmdb":null,"wikidata":null},"adult":false,"version":0,"createdAt":"","updatedAt":"",
						 "episodeOf":{"series":{"id":%d,"imdbId":"tt7500001","title":"Twin \\"Peaks\\" Ünïcödé","releaseYear":1990},
						  "season":1,"episode":1}}"""
					.formatted(this.series),
				get("/api/v1/films/tt7500002"), ignoringOwnIdAndTimes());
		assertThat(get("/api/v1/films/tt7500001")).as("a series is no episode").contains("\"episodeOf\":null");
		assertThat(get("/api/v1/films/tt7500001/document")).as("documents leave imported episode data out")
			.doesNotContain("episodeOf");
	}

	@Test
	void aSeriesListsItsEpisodesBySeasonAndNumberPageByPage() throws Exception {
		String first = get("/api/v1/films/tt7500001/episodes?size=2");
		String cursor = JsonMapper.builder().build().readTree(first).get("nextCursor").asString();
		JSONAssert.assertEquals(
				"""
						{"items":[%s,%s],"size":2,"nextCursor":"%s",
						 "next":"http://localhost/api/v1/films/tt7500001/episodes?size=2&after=%s","total":null}"""
					.formatted(episode("tt7500002", "Pilot", "1", "1", "1990", "94"),
							episode("tt7500003", "Traces to Nowhere", "1", "2", "1990", "47"), cursor, cursor),
				first, ignoringIds());
		JSONAssert.assertEquals(
				"""
						{"items":[%s,%s],"size":2,"nextCursor":null,"next":null,"total":null}""".formatted(
						episode("tt7500004", "May the Giant Be with You", "2", "1", "1990", "92"),
						episode("tt7500005", "Unaired Scene", "null", "null", "null", "null")),
				get("/api/v1/films/" + this.series + "/episodes?size=2&after=" + cursor), ignoringIds());
		JSONAssert.assertEquals(
				"""
						{"items":[%s],"size":20,"nextCursor":null,"next":null,"total":null}"""
					.formatted(episode("tt7500004", "May the Giant Be with You", "2", "1", "1990", "92")),
				get("/api/v1/films/tt7500001/episodes?season=2"), ignoringIds());
		JSONAssert.assertEquals("""
				{"items":[],"size":20,"nextCursor":null,"next":null,"total":null}""",
				get("/api/v1/films/tt7500006/episodes"), JSONCompareMode.STRICT);
	}

	@Test
	void anEpisodeALaterImportCreatesNamesASeriesThatImportDoesNotList(@TempDir Path dir) throws Exception {
		Files.writeString(dir.resolve("title.basics.tsv"),
				Dataset.TITLE_BASICS.header() + "\ntt7500009\ttvEpisode\tLate Arrival\t\\N\t0\t1991\t\\N\t47\tDrama\n",
				StandardCharsets.UTF_8);
		Files.writeString(dir.resolve("title.episode.tsv"),
				Dataset.TITLE_EPISODE.header() + "\ntt7500009\ttt7500001\t2\t9\n", StandardCharsets.UTF_8);

		ImportReport report = this.importer.run(new ImportOptions(dir, false), ImportListener.NONE);

		assertThat(report.phases()).filteredOn((phase) -> phase.name().equals("episodes"))
			.extracting(PhaseReport::counts)
			.containsExactly(Map.of("staged", 1L, "duplicates", 0L, "updated", 1L, "unknown episode titles", 0L,
					"unknown series titles", 0L, "cleared", 0L));
		JSONAssert.assertEquals(
				"""
						{"id":0,"imdbId":"tt7500009","title":"Late Arrival","originalTitle":null,"type":"tvEpisode","releaseYear":1991,
						 "endYear":null,"runtimeMinutes":47,"plot":null,"genres":["Drama"],
						 "rating":{"average":null,"votes":0},"countries":[],"languages":[],
						 "technicalSpecs":{"color":null,"soundMixes":[],"aspectRatio":null},"officialSites":[],
						 "externalIds":{"tmdb":null,"wikidata":null},"adult":false,"version":0,"createdAt":"","updatedAt":"",
						 "episodeOf":{"series":{"id":%d,"imdbId":"tt7500001","title":"Twin \\"Peaks\\" Ünïcödé","releaseYear":1990},
						  "season":2,"episode":9}}"""
					.formatted(this.series),
				get("/api/v1/films/tt7500009"), ignoringOwnIdAndTimes());
	}

	@Test
	void aFullImportOfMostlyKnownTitlesSetsANewEpisodeAndRatingAfterCreatingIt(@TempDir Path dir) throws Exception {
		Files
			.writeString(dir.resolve("title.basics.tsv"),
					Files.readString(EPISODES.resolve("title.basics.tsv"), StandardCharsets.UTF_8)
							+ "tt7500010\ttvEpisode\tLonely Souls\t\\N\t0\t1990\t\\N\t48\tDrama\n",
					StandardCharsets.UTF_8);
		Files.writeString(dir.resolve("title.episode.tsv"),
				Files.readString(EPISODES.resolve("title.episode.tsv"), StandardCharsets.UTF_8)
						+ "tt7500010\ttt7500001\t2\t7\n",
				StandardCharsets.UTF_8);
		Files.writeString(dir.resolve("title.ratings.tsv"), Dataset.TITLE_RATINGS.header() + "\ntt7500010\t8.9\t1234\n",
				StandardCharsets.UTF_8);

		ImportReport report = this.importer.run(new ImportOptions(dir, false), ImportListener.NONE);

		assertThat(merged(report)).containsExactly(films(7, 1, 6), episodes(5, 1, 0), ratings(1, 1, 0));
		JSONAssert.assertEquals(
				film("tt7500010", "Lonely Souls", "tvEpisode", 1990, 48, rating("8.9", 1234), 2, episodeOf(2, 7)),
				get("/api/v1/films/tt7500010"), ignoringOwnIdAndTimes());
	}

	@Test
	void aFullImportOfMostlyNewTitlesSetsAndClearsTheEpisodesAndRatingsOfTitlesThatExistedBefore(@TempDir Path dir)
			throws Exception {
		Path rated = Files.createDirectories(dir.resolve("rated"));
		Files.writeString(rated.resolve("title.ratings.tsv"), Dataset.TITLE_RATINGS.header() + "\ntt7500003\t7.0\t50\n",
				StandardCharsets.UTF_8);
		this.importer.run(new ImportOptions(rated, false), ImportListener.NONE);
		Path snapshot = Files.createDirectories(dir.resolve("snapshot"));
		StringBuilder basics = new StringBuilder(Dataset.TITLE_BASICS.header()).append('\n')
			.append("tt7500002\ttvEpisode\tPilot\t\\N\t0\t1990\t\\N\t94\tCrime,Drama\n")
			.append("tt7500003\ttvEpisode\tTraces to Nowhere\t\\N\t0\t1990\t\\N\t47\tDrama\n")
			.append("tt7500006\tmovie\tFire Walk with Me\t\\N\t0\t1992\t\\N\t135\tDrama\n");
		for (int i = 101; i <= 109; i++) {
			basics.append("tt7500%d\ttvEpisode\tNew %d\t\\N\t0\t1993\t\\N\t45\tDrama\n".formatted(i, i));
		}
		Files.writeString(snapshot.resolve("title.basics.tsv"), basics, StandardCharsets.UTF_8);
		Files.writeString(snapshot.resolve("title.episode.tsv"),
				Dataset.TITLE_EPISODE.header()
						+ "\ntt7500003\ttt7500001\t1\t2\ntt7500006\ttt7500001\t3\t2\ntt7500101\ttt7500001\t3\t1\n",
				StandardCharsets.UTF_8);
		Files.writeString(snapshot.resolve("title.ratings.tsv"),
				Dataset.TITLE_RATINGS.header() + "\ntt7500006\t8.1\t99\ntt7500102\t7.5\t12\n", StandardCharsets.UTF_8);

		ImportReport report = this.importer.run(new ImportOptions(snapshot, false), ImportListener.NONE);

		// The new titles are created with their fields. Of those that existed, one gets
		// its episode and rating from the episodes and ratings merges, one is no longer
		// an episode and one no longer rated.
		assertThat(merged(report)).containsExactly(films(12, 9, 3), episodes(3, 2, 1), ratings(2, 2, 1));
		JSONAssert.assertEquals(
				film("tt7500006", "Fire Walk with Me", "movie", 1992, 135, rating("8.1", 99), 2, episodeOf(3, 2)),
				get("/api/v1/films/tt7500006"), ignoringOwnIdAndTimes());
		JSONAssert.assertEquals(film("tt7500002", "Pilot", "tvEpisode", 1990, 94, rating("null", 0), 1, "null")
			.replace("[\"Drama\"]", "[\"Crime\",\"Drama\"]"), get("/api/v1/films/tt7500002"), ignoringOwnIdAndTimes());
		JSONAssert.assertEquals(
				film("tt7500003", "Traces to Nowhere", "tvEpisode", 1990, 47, rating("null", 0), 2, episodeOf(1, 2)),
				get("/api/v1/films/tt7500003"), ignoringOwnIdAndTimes());
		JSONAssert.assertEquals(
				film("tt7500101", "New 101", "tvEpisode", 1993, 45, rating("null", 0), 0, episodeOf(3, 1)),
				get("/api/v1/films/tt7500101"), ignoringOwnIdAndTimes());
		JSONAssert.assertEquals(film("tt7500102", "New 102", "tvEpisode", 1993, 45, rating("7.5", 12), 0, "null"),
				get("/api/v1/films/tt7500102"), ignoringOwnIdAndTimes());
	}

	@Test
	void refusesAnUnknownFilmAndABadSeasonWithProblems() throws Exception {
		MvcTestResult unknown = this.mvc.get()
			.uri("/api/v1/films/tt7599999/episodes")
			.header("X-Request-Id", "episodes-404")
			.exchange();
		assertThat(unknown).hasStatus(404).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		JSONAssert.assertEquals(
				"""
						{"type":"/problems/not-found","title":"Resource not found","status":404,
						 "detail":"No film with id 'tt7599999'","instance":"/api/v1/films/tt7599999/episodes","code":"not-found",
						 "correlationId":"episodes-404"}""",
				body(unknown), JSONCompareMode.STRICT);
		MvcTestResult season = this.mvc.get()
			.uri("/api/v1/films/tt7500001/episodes?season=-1")
			.header("X-Request-Id", "episodes-400")
			.exchange();
		assertThat(season).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		JSONAssert.assertEquals("""
				{"type":"/problems/invalid-parameter","title":"Invalid request parameter","status":400,
				 "detail":"season must be greater than or equal to 0","instance":"/api/v1/films/tt7500001/episodes",
				 "code":"invalid-parameter","correlationId":"episodes-400",
				 "errors":[{"name":"season","in":"query","message":"must be greater than or equal to 0"}]}""",
				body(season), JSONCompareMode.STRICT);
	}

	/**
	 * The films, episodes and ratings phases' names and counts.
	 */
	private static List<Tuple> merged(ImportReport report) {
		return report.phases()
			.stream()
			.filter((phase) -> Set.of("films", "episodes", "ratings").contains(phase.name()))
			.map((phase) -> tuple(phase.name(), phase.counts()))
			.toList();
	}

	/**
	 * The films phase's counts, for a file without repeated keys whose titles the import
	 * creates or leaves unchanged.
	 */
	private static Tuple films(long staged, long inserted, long unchanged) {
		return tuple("films", Map.of("staged", staged, "duplicates", 0L, "inserted", inserted, "updated", 0L,
				"unchanged", unchanged));
	}

	private static Tuple episodes(long staged, long updated, long cleared) {
		return tuple("episodes", Map.of("staged", staged, "duplicates", 0L, "updated", updated,
				"unknown episode titles", 0L, "unknown series titles", 0L, "cleared", cleared));
	}

	private static Tuple ratings(long staged, long updated, long cleared) {
		return tuple("ratings", Map.of("staged", staged, "duplicates", 0L, "updated", updated, "unknown titles", 0L,
				"cleared", cleared));
	}

	/**
	 * A film of genre Drama, as the API shows it.
	 * @param rating from {@link #rating}
	 * @param episodeOf from {@link #episodeOf}, or {@code null}
	 */
	private static String film(String imdbId, String title, String type, int year, int runtime, String rating,
			int version, String episodeOf) {
		return """
				{"id":0,"imdbId":"%s","title":"%s","originalTitle":null,"type":"%s","releaseYear":%d,
				 "endYear":null,"runtimeMinutes":%d,"plot":null,"genres":["Drama"],
				 "rating":%s,"countries":[],"languages":[],
				 "technicalSpecs":{"color":null,"soundMixes":[],"aspectRatio":null},"officialSites":[],
				 "externalIds":{"tmdb":null,"wikidata":null},"adult":false,"version":%d,"createdAt":"","updatedAt":"",
				 "episodeOf":%s}""".formatted(imdbId, title, type, year, runtime, rating, version, episodeOf);
	}

	private static String rating(String average, int votes) {
		return "{\"average\":%s,\"votes\":%d}".formatted(average, votes);
	}

	/**
	 * An episode of the series tt7500001.
	 */
	private String episodeOf(int season, int episode) {
		return """
				{"series":{"id":%d,"imdbId":"tt7500001","title":"Twin \\"Peaks\\" Ünïcödé","releaseYear":1990},
				 "season":%d,"episode":%d}""".formatted(this.series, season, episode);
	}

	private static String episode(String imdbId, String title, String season, String number, String year,
			String runtime) {
		return """
				{"id":0,"imdbId":"%s","title":"%s","season":%s,"episode":%s,"releaseYear":%s,"runtimeMinutes":%s,
				 "rating":{"average":null,"votes":0}}""".formatted(imdbId, title, season, number, year, runtime);
	}

	private static CustomComparator ignoringOwnIdAndTimes() {
		return new CustomComparator(JSONCompareMode.STRICT, new Customization("id", (actual, expected) -> true),
				new Customization("createdAt", (actual, expected) -> true),
				new Customization("updatedAt", (actual, expected) -> true));
	}

	private static CustomComparator ignoringIds() {
		return new CustomComparator(JSONCompareMode.STRICT,
				new Customization("items[*].id", (actual, expected) -> true));
	}

	private String get(String uri) throws Exception {
		MvcTestResult result = this.mvc.get().uri(uri).exchange();
		assertThat(result).as(uri).hasStatusOk();
		return body(result);
	}

	private static String body(MvcTestResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
