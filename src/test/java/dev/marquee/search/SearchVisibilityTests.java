package dev.marquee.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.marquee.MarqueeTest;
import dev.marquee.apikey.ApiKeys;
import dev.marquee.image.FilmPosters;
import dev.marquee.imports.ImdbImporter;
import dev.marquee.imports.ImportListener;
import dev.marquee.imports.ImportOptions;
import dev.marquee.testdata.TestIds;
import dev.marquee.testdata.TestKeys;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every write is in the very next search, whoever makes it: the API (create, rename,
 * alternate title, delete), SQL straight into the tables, an import merging row by row
 * and one writing in bulk; and on every instance sharing the database, including one
 * restarted on its own index directory. Films of the test's own and tt76…, all of 1871
 * (the searches filter on it, so that other classes' films with similar words stay out of
 * the answers), and people named "Vessimor …", all removed afterwards.
 */
@MarqueeTest
class SearchVisibilityTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApiKeys keys;

	@Autowired
	SearchSource source;

	@Autowired
	ImdbImporter importer;

	@Autowired
	Environment environment;

	@Autowired
	FilmPosters posters;

	private String admin;

	private final String film = TestIds.film();

	@BeforeEach
	void key() {
		this.admin = TestKeys.admin(this.keys);
	}

	@AfterEach
	void removeFilms() {
		this.jdbc.update("DELETE FROM film WHERE imdb_id = ? OR imdb_id LIKE 'tt76%'", this.film);
		this.jdbc.update("DELETE FROM person WHERE name LIKE 'Vessimor %'");
	}

	@Test
	void filmCreatedRenamedGivenAnAlternateTitleAndDeletedThroughTheApiIsSeenByTheNextSearch() {
		MvcTestResult created = write(this.mvc.post()
			.uri("/api/v1/films")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"imdbId":"%1$s","title":"Zorvath Monsoon","type":"movie","releaseYear":1871}"""
				.formatted(this.film)), null);
		assertThat(created).hasStatus(201);
		long id = filmId(this.film);
		assertFilms("zorvath monsoon", hits(hit(id, this.film, "Zorvath Monsoon", 1871, "Zorvath Monsoon", "exact")));

		MvcTestResult renamed = write(this.mvc.patch()
			.uri("/api/v1/films/" + this.film)
			.contentType("application/merge-patch+json")
			.content("{\"title\":\"Pellucid Harbour\"}"), created.getResponse().getHeader(HttpHeaders.ETAG));
		assertThat(renamed).hasStatusOk();
		assertFilms("zorvath monsoon", hits());
		assertFilms("pellucid harbour",
				hits(hit(id, this.film, "Pellucid Harbour", 1871, "Pellucid Harbour", "exact")));

		assertThat(write(this.mvc.post()
			.uri("/api/v1/films/" + this.film + "/alternate-titles")
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"title":"Kővirág Kikötő","region":"HU","language":"hu","types":[],"attributes":[],"original":false}"""),
				null))
			.hasStatus(201);
		assertFilms("kovirag kikoto", hits(hit(id, this.film, "Pellucid Harbour", 1871, "Kővirág Kikötő", "exact")));

		String etag = this.mvc.get()
			.uri("/api/v1/films/" + this.film)
			.exchange()
			.getResponse()
			.getHeader(HttpHeaders.ETAG);
		assertThat(write(this.mvc.delete().uri("/api/v1/films/" + this.film), etag)).hasStatus(204);
		assertFilms("pellucid harbour", hits());
		assertFilms("kovirag kikoto", hits());
	}

	@Test
	void rowsWrittenStraightIntoTheTablesAreSeenByTheNextSearch() {
		this.jdbc.update("INSERT INTO film (imdb_id, title, type, release_year, rating_votes) " + "VALUES ('"
				+ this.film + "', 'Quillon Arcade', 'short', 1871, 42)");
		long id = filmId(this.film);
		assertFilms("quillon arcade",
				hits(hit(id, this.film, "Quillon Arcade", 1871, "short", "Quillon Arcade", "exact")));
		this.jdbc.update("UPDATE film SET title = 'Quillon Bazaar' WHERE id = ?", id);
		assertFilms("quillon", hits(hit(id, this.film, "Quillon Bazaar", 1871, "short", "Quillon Bazaar", "words")));
		this.jdbc.update("INSERT INTO person (name) VALUES ('Vessimor Dunkelbrand')");
		long person = this.jdbc.queryForObject("SELECT id FROM person WHERE name = 'Vessimor Dunkelbrand'", Long.class);
		assertPeople("vessimor",
				"""
						{"items":[{"kind":"person","id":%d,"imdbId":null,"name":"Vessimor Dunkelbrand",\
						"matched":"Vessimor Dunkelbrand","match":"words"}],"size":20,"nextCursor":null,"next":null,"total":null}"""
					.formatted(person));
	}

	@Test
	void filmsRenamedInOneStatementAfterOneThatRenamedNoneAreSeenByTheNextSearch() {
		// The outbox's trigger joins a statement's old and new rows; the statement before
		// it updates no film, as an import's merges often do (V493).
		this.jdbc.execute((ConnectionCallback<Void>) (connection) -> {
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				statement.execute("INSERT INTO film (imdb_id, title, type, release_year, rating_votes) "
						+ "SELECT 'tt76000' || n, 'Pelldrum ' || n, 'movie', 1871, n FROM generate_series(21, 23) n");
				statement.execute("ANALYZE film");
				statement.execute("UPDATE film SET title = 'Nowhere' WHERE imdb_id = 'tt7699999'");
				statement.execute("UPDATE film SET title = replace(title, 'Pelldrum', 'Quessary') "
						+ "WHERE imdb_id IN ('tt7600021', 'tt7600022', 'tt7600023')");
				connection.commit();
			}
			catch (SQLException ex) {
				connection.rollback();
				throw ex;
			}
			finally {
				connection.setAutoCommit(true);
			}
			return null;
		});
		assertFilms("pelldrum", hits());
		assertFilms("quessary",
				hits(hit(filmId("tt7600023"), "tt7600023", "Quessary 23", 1871, "Quessary 23", "words"),
						hit(filmId("tt7600022"), "tt7600022", "Quessary 22", 1871, "Quessary 22", "words"),
						hit(filmId("tt7600021"), "tt7600021", "Quessary 21", 1871, "Quessary 21", "words")));
	}

	@Test
	void importedTitlesAreSeenByTheNextSearchWhetherMergedRowByRowOrInBulk(@TempDir Path files)
			throws IOException, SQLException {
		basics(files, "tt7600001\tmovie\tMarbleweft Canticle\tMarbleweft Canticle\t0\t1871\t\\N\t90\tDrama");
		this.importer.run(new ImportOptions(files, false, ImportOptions.Bulk.NEVER), ImportListener.NONE);
		long first = filmId("tt7600001");
		assertFilms("marbleweft",
				hits(hit(first, "tt7600001", "Marbleweft Canticle", 1871, "Marbleweft Canticle", "words")));

		basics(files, "tt7600001\tmovie\tMarbleweft Canticle\tMarbleweft Canticle\t0\t1871\t\\N\t90\tDrama",
				"tt7600002\tmovie\tMarbleweft Nocturne\tMarbleweft Nocturne\t0\t1871\t\\N\t95\tDrama");
		this.importer.run(new ImportOptions(files, false, ImportOptions.Bulk.ALWAYS), ImportListener.NONE);
		long second = filmId("tt7600002");
		assertFilms("marbleweft",
				hits(hit(first, "tt7600001", "Marbleweft Canticle", 1871, "Marbleweft Canticle", "words"),
						hit(second, "tt7600002", "Marbleweft Nocturne", 1871, "Marbleweft Nocturne", "words")));

		// The bulk write turned the outbox's triggers off for its own rows only.
		this.jdbc.update("UPDATE film SET title = 'Marbleweft Serenade' WHERE id = ?", second);
		assertFilms("marbleweft serenade",
				hits(hit(second, "tt7600002", "Marbleweft Serenade", 1871, "Marbleweft Serenade", "exact")));
	}

	@Test
	void anotherInstanceOnTheSameDatabaseSeesEveryWriteAndOneRestartedCatchesUp(@TempDir Path directory)
			throws IOException {
		SearchProperties properties = new SearchProperties(directory, 50_000, Duration.ofSeconds(10),
				Duration.ofHours(24), Duration.ofSeconds(5), 1, 3);
		SearchIndex other = new SearchIndex(this.source, properties, this.environment);
		try {
			assertThat(write(this.mvc.post()
				.uri("/api/v1/films")
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"imdbId":"%1$s","title":"Thessaly Lantern","type":"movie","releaseYear":1871}"""
					.formatted(this.film)), null))
				.hasStatus(201);
			assertThat(new Search(other, properties, this.posters)
				.search("thessaly lantern", SearchType.FILM, null, 1871, 20, null)
				.items()).extracting((hit) -> ((SearchHit.FilmHit) hit).imdbId()).containsExactly(this.film);
		}
		finally {
			other.destroy();
		}
		this.jdbc.update("UPDATE film SET title = 'Thessaly Beacon' WHERE imdb_id = '" + this.film + "'");
		SearchIndex restarted = new SearchIndex(this.source, properties, this.environment);
		try {
			assertThat(new Search(restarted, properties, this.posters)
				.search("thessaly", SearchType.FILM, null, 1871, 20, null)
				.items()).extracting((hit) -> ((SearchHit.FilmHit) hit).title()).containsExactly("Thessaly Beacon");
		}
		finally {
			restarted.destroy();
		}
	}

	/**
	 * An index left by an older version lays its documents out otherwise: a new instance
	 * rebuilds it from the tables instead of reopening it, even though it is current.
	 */
	@Test
	void indexCommittedWithAnOlderLayoutIsRebuiltNotReopened(@TempDir Path directory) throws IOException {
		this.jdbc.update(
				"INSERT INTO film (imdb_id, title, type, release_year) VALUES (?, 'Quillon Marsh', 'movie', 1871)",
				this.film);
		Map<String, Object> head = this.jdbc
			.queryForMap("SELECT pg_current_snapshot()::text AS snapshot, epoch::text AS epoch FROM search_state");
		try (FSDirectory store = FSDirectory.open(directory.resolve("index-1"));
				IndexWriter writer = new IndexWriter(store,
						new IndexWriterConfig().setIndexSort(Searchable.INDEX_ORDER))) {
			Document stale = new Document();
			stale.add(new StringField(Searchable.KIND, "f", Field.Store.YES));
			stale.add(new StringField(Searchable.WORD, "quillon", Field.Store.NO));
			stale.add(new NumericDocValuesField(Searchable.POPULARITY, 0));
			stale.add(new NumericDocValuesField(Searchable.ORDER, 2));
			writer.addDocument(stale);
			writer.setLiveCommitData(
					Map.of("epoch", head.get("epoch").toString(), "snapshot", head.get("snapshot").toString())
						.entrySet());
			writer.commit();
		}
		SearchProperties properties = new SearchProperties(directory, 50_000, Duration.ofSeconds(10),
				Duration.ofHours(24), Duration.ofSeconds(5), 1, 0);
		SearchIndex restarted = new SearchIndex(this.source, properties, this.environment);
		try {
			assertThat(new Search(restarted, properties, this.posters)
				.search("quillon", SearchType.FILM, null, 1871, 20, null)
				.items()).extracting((hit) -> ((SearchHit.FilmHit) hit).imdbId()).containsExactly(this.film);
			assertThat(directory.resolve("index-1")).doesNotExist();
		}
		finally {
			restarted.destroy();
		}
	}

	/**
	 * More changed films and people than the background threshold (2 here; a refresh from
	 * IMDb's files) are read in one snapshot and applied to the same index in the
	 * background, not by a rebuild: the next search, which waits for them during its
	 * {@code rebuild-wait}, finds the new and renamed ones and no longer the deleted one,
	 * and the index is still the one in its directory.
	 */
	@Test
	void moreChangesThanTheThresholdAreAppliedInTheBackgroundToTheSameIndex(@TempDir Path directory)
			throws IOException {
		this.jdbc.update("INSERT INTO film (imdb_id, title, type, release_year, rating_votes) VALUES "
				+ "('tt7600011', 'Quorrel Lanthorn', 'movie', 1871, 30), "
				+ "('tt7600012', 'Quorrel Wicket', 'movie', 1871, 20)");
		SearchProperties properties = new SearchProperties(directory, 2, Duration.ofSeconds(10), Duration.ofHours(24),
				Duration.ofSeconds(5), 1, 0);
		SearchIndex index = new SearchIndex(this.source, properties, this.environment);
		try {
			Search search = new Search(index, properties, this.posters);
			assertThat(films(search, "quorrel")).containsExactly("tt7600011 Quorrel Lanthorn",
					"tt7600012 Quorrel Wicket");
			List<Path> built = indexDirectories(directory);
			assertThat(built).hasSize(1);

			this.jdbc.update("INSERT INTO film (imdb_id, title, type, release_year, rating_votes) "
					+ "VALUES ('tt7600013', 'Quorrel Gantry', 'movie', 1871, 10)");
			this.jdbc.update("UPDATE film SET title = 'Quorrel Bellwether' WHERE imdb_id = 'tt7600011'");
			this.jdbc.update("DELETE FROM film WHERE imdb_id = 'tt7600012'");
			this.jdbc.update("INSERT INTO person (name) VALUES ('Vessimor Quorrel')");

			assertThat(films(search, "quorrel")).containsExactly("tt7600011 Quorrel Bellwether",
					"tt7600013 Quorrel Gantry");
			assertThat(search.search("vessimor quorrel", SearchType.PERSON, null, null, 20, null).items())
				.extracting((hit) -> ((SearchHit.PersonHit) hit).name())
				.containsExactly("Vessimor Quorrel");
			assertThat(indexDirectories(directory)).isEqualTo(built);
		}
		finally {
			index.destroy();
		}
	}

	/**
	 * A rebuild answers searches as soon as every document is in, from the segments its
	 * threads wrote, then merges them into one in the background and commits that: an
	 * instance restarted on the directory reopens the merged index, every film in it.
	 */
	@Test
	void aRebuiltIndexIsMergedIntoOneSegmentAndCommitted(@TempDir Path directory) throws Exception {
		this.jdbc.update("INSERT INTO film (imdb_id, title, type, release_year, rating_votes) "
				+ "SELECT 'tt76' || lpad(n::text, 5, '0'), 'Vantreble ' || n, 'movie', 1871, n "
				+ "FROM generate_series(1, 1200) AS n");
		SearchProperties properties = new SearchProperties(directory, 50_000, Duration.ofSeconds(10),
				Duration.ofHours(24), Duration.ofHours(24), 1, 3);
		SearchIndex index = new SearchIndex(this.source, properties, this.environment);
		Path built;
		try {
			assertThat(films(new Search(index, properties, this.posters), "vantreble 1200"))
				.containsExactly("tt7601200 Vantreble 1200");
			built = indexDirectories(directory).get(0);
			try (FSDirectory store = FSDirectory.open(built)) {
				await().atMost(Duration.ofSeconds(60))
					.untilAsserted(() -> assertThat(SegmentInfos.readLatestCommit(store).size()).isOne());
			}
		}
		finally {
			index.destroy();
		}
		SearchIndex restarted = new SearchIndex(this.source, properties, this.environment);
		try {
			Search search = new Search(restarted, properties, this.posters);
			assertThat(films(search, "vantreble 1")).first().isEqualTo("tt7600001 Vantreble 1");
			assertThat(films(search, "vantreble 1199")).containsExactly("tt7601199 Vantreble 1199");
			assertThat(indexDirectories(directory)).containsExactly(built);
		}
		finally {
			restarted.destroy();
		}
	}

	private static List<String> films(Search search, String query) throws IOException {
		return search.search(query, SearchType.FILM, null, 1871, 20, null)
			.items()
			.stream()
			.map((hit) -> ((SearchHit.FilmHit) hit).imdbId() + " " + ((SearchHit.FilmHit) hit).title())
			.toList();
	}

	private static List<Path> indexDirectories(Path directory) throws IOException {
		try (Stream<Path> list = Files.list(directory)) {
			return list.filter((path) -> path.getFileName().toString().startsWith("index-")).sorted().toList();
		}
	}

	private static void basics(Path directory, String... lines) throws IOException {
		Files.writeString(directory.resolve("title.basics.tsv"),
				"tconst\ttitleType\tprimaryTitle\toriginalTitle\tisAdult\tstartYear\tendYear\truntimeMinutes\tgenres\n"
						+ String.join("\n", lines) + "\n",
				StandardCharsets.UTF_8);
	}

	private MvcTestResult write(MockMvcTester.MockMvcRequestBuilder request, String ifMatch) {
		request.header(HttpHeaders.AUTHORIZATION, this.admin);
		if (ifMatch != null) {
			request.header(HttpHeaders.IF_MATCH, ifMatch);
		}
		return request.exchange();
	}

	private void assertFilms(String query, String expected) {
		assertThat(this.mvc.get().uri("/api/v1/search?type=film&year=1871&q={q}", query)).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(expected);
	}

	private void assertPeople(String query, String expected) {
		assertThat(this.mvc.get().uri("/api/v1/search?type=person&q={q}", query)).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(expected);
	}

	private long filmId(String imdbId) {
		return this.jdbc.queryForObject("SELECT id FROM film WHERE imdb_id = ?", Long.class, imdbId);
	}

	private static String hits(String... hits) {
		return "{\"items\":[" + String.join(",", hits)
				+ "],\"size\":20,\"nextCursor\":null,\"next\":null,\"total\":null}";
	}

	private static String hit(long id, String imdbId, String title, int year, String matched, String match) {
		return hit(id, imdbId, title, year, "movie", matched, match);
	}

	private static String hit(long id, String imdbId, String title, int year, String type, String matched,
			String match) {
		return """
				{"kind":"film","id":%d,"imdbId":"%s","title":"%s","releaseYear":%d,"type":"%s","matched":"%s","match":"%s","poster":null}"""
			.formatted(id, imdbId, title, year, type, matched, match);
	}

}
