package dev.marquee.imports;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import dev.marquee.MarqueeApplication;
import dev.marquee.MarqueeTest;
import dev.marquee.imports.ImportOptions.Bulk;
import dev.marquee.imports.cli.ImportsCommandLine;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;

/**
 * The import's bulk write: the secondary indexes and foreign keys of the tables it writes
 * are dropped and rebuilt in the merges' transaction. Titles tt68…, names nm68….
 */
@MarqueeTest
class ImportBulkTests {

	private static final List<String> TABLES = List.of("person", "film", "alternate_title", "cast_credit",
			"crew_credit");

	@Autowired
	ImdbImporter importer;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@TempDir
	Path dir;

	@AfterEach
	void removeImportedData() {
		ImportChecksums.purge(this.jdbc, "^tt68", "^nm68");
	}

	@Test
	void bulkWriteEndsWithTheSameRowsIndexesAndForeignKeysAsARowByRowOne() throws Exception {
		generate(300);
		ImportChecksums checksums = new ImportChecksums(this.jdbc);
		List<String> schema = schema();

		ImportReport bulk = this.importer.run(new ImportOptions(this.dir, false, Bulk.ALWAYS), ImportListener.NONE);
		String afterBulk = checksums.content("68");
		assertThat(schema()).isEqualTo(schema);
		checksums.delete("68");
		ImportReport rowByRow = this.importer.run(new ImportOptions(this.dir, false, Bulk.NEVER), ImportListener.NONE);

		assertThat(bulk.bulkTables()).isEqualTo(TABLES);
		assertThat(rowByRow.bulkTables()).isEmpty();
		assertThat(checksums.films("68")).isEqualTo(296);
		assertThat(checksums.content("68")).isEqualTo(afterBulk);
		assertSamePhases(bulk, rowByRow);
		assertThat(schema()).isEqualTo(schema);
	}

	/**
	 * A bulk write updates the people that exist and differ with a statement of its own
	 * and inserts the others plainly, and upserts the films: the same rows, counts and
	 * change feed entries as a row-by-row import's upserts, over the same catalogue.
	 */
	@Test
	void bulkWriteUpdatesWhatExistsAndInsertsTheRestAsARowByRowOneUpserts() throws Exception {
		generate(300);
		ImportChecksums checksums = new ImportChecksums(this.jdbc);
		ImportReport bulk = importOverAFewFilmsAndPeople(Bulk.ALWAYS);
		String afterBulk = checksums.content("68");
		List<String> bulkFeed = feed(bulk);
		checksums.delete("68");
		ImportReport rowByRow = importOverAFewFilmsAndPeople(Bulk.NEVER);

		assertThat(bulk.bulkTables()).isEqualTo(TABLES);
		assertThat(rowByRow.bulkTables()).isEmpty();
		long films = checksums.films("68");
		long people = this.jdbc.queryForObject("SELECT count(*) FROM person WHERE imdb_id LIKE 'nm68%'", Long.class);
		assertThat(counts(bulk, "films")).containsExactly(entry("staged", films), entry("duplicates", 0L),
				entry("inserted", films - 10), entry("updated", 3L), entry("unchanged", 7L));
		assertThat(counts(bulk, "people")).containsEntry("inserted", people - this.peopleKept)
			.containsEntry("updated", 3L)
			.containsEntry("unchanged", this.peopleKept - 3);
		assertThat(this.peopleKept).isGreaterThan(3);
		assertThat(checksums.content("68")).isEqualTo(afterBulk);
		assertSamePhases(bulk, rowByRow);
		assertThat(feed(rowByRow)).isEqualTo(bulkFeed);
		assertThat(bulkFeed).filteredOn((entry) -> entry.endsWith(" update"))
			.containsExactly("film " + this.filmsKept.get(0) + " update", "film " + this.filmsKept.get(1) + " update",
					"film " + this.filmsKept.get(2) + " update", "person " + this.peopleChanged.get(0) + " update",
					"person " + this.peopleChanged.get(1) + " update",
					"person " + this.peopleChanged.get(2) + " update");
		assertThat(bulkFeed).filteredOn((entry) -> entry.endsWith(" create"))
			.hasSize((int) (films - 10 + people - this.peopleKept))
			.doesNotContain("film " + this.filmsKept.get(9) + " create");
	}

	private List<String> filmsKept = List.of();

	private long peopleKept;

	private List<String> peopleChanged = List.of();

	/**
	 * Imports the files row by row, keeps ten of the films and the people they credit,
	 * changes the title of three of those films and the name of three of those people,
	 * and imports the files again with the bulk mode given.
	 */
	private ImportReport importOverAFewFilmsAndPeople(Bulk mode) throws Exception {
		this.importer.run(new ImportOptions(this.dir, false, Bulk.NEVER), ImportListener.NONE);
		this.filmsKept = this.jdbc.queryForList(
				"SELECT imdb_id FROM film WHERE imdb_id LIKE 'tt68%' AND series_film_id IS NULL ORDER BY imdb_id LIMIT 10",
				String.class);
		this.jdbc.update("DELETE FROM film WHERE imdb_id LIKE 'tt68%' AND NOT imdb_id = ANY (?::text[])",
				"{" + String.join(",", this.filmsKept) + "}");
		this.jdbc.update("""
				DELETE FROM person p WHERE imdb_id LIKE 'nm68%'
				    AND NOT EXISTS (SELECT 1 FROM cast_credit c WHERE c.person_id = p.id)
				    AND NOT EXISTS (SELECT 1 FROM crew_credit c WHERE c.person_id = p.id)""");
		this.peopleKept = this.jdbc.queryForObject("SELECT count(*) FROM person WHERE imdb_id LIKE 'nm68%'",
				Long.class);
		this.jdbc.update("UPDATE film SET title = title || ' (before)' WHERE imdb_id = ANY (?::text[])",
				"{" + String.join(",", this.filmsKept.subList(0, 3)) + "}");
		this.peopleChanged = this.jdbc.queryForList(
				"SELECT imdb_id FROM person WHERE imdb_id LIKE 'nm68%' ORDER BY imdb_id LIMIT 3", String.class);
		this.jdbc.update("UPDATE person SET name = name || ' (before)' WHERE imdb_id = ANY (?::text[])",
				"{" + String.join(",", this.peopleChanged) + "}");
		return this.importer.run(new ImportOptions(this.dir, false, mode), ImportListener.NONE);
	}

	/**
	 * The two imports ran the same phases, in the same order, with the same counts.
	 */
	private static void assertSamePhases(ImportReport bulk, ImportReport rowByRow) {
		assertThat(bulk.phases()).extracting(PhaseReport::name, PhaseReport::counts)
			.isEqualTo(rowByRow.phases()
				.stream()
				.map((phase) -> org.assertj.core.groups.Tuple.tuple(phase.name(), phase.counts()))
				.toList());
	}

	private static Map<String, Long> counts(ImportReport report, String phase) {
		return report.phases().stream().filter((each) -> each.name().equals(phase)).findFirst().orElseThrow().counts();
	}

	/**
	 * The import's change feed entries: resource type, IMDb id and action, in that order.
	 */
	private List<String> feed(ImportReport report) {
		return this.jdbc.queryForList("""
				SELECT resource_type || ' ' || resource_key || ' ' || action FROM change_event
				WHERE import_id = ? ORDER BY 1""", String.class, report.id());
	}

	@Test
	void bulkWriteLeavesTheSearchOutboxTriggersEnabledAsTheyWere() throws Exception {
		generate(300);
		this.jdbc.execute("ALTER TABLE film ENABLE ALWAYS TRIGGER film_search_update");
		try {
			List<String> schema = schema();
			assertThat(schema).contains("film film_search_update: CREATE TRIGGER film_search_update AFTER UPDATE ON "
					+ "public.film REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT "
					+ "EXECUTE FUNCTION search_outbox_film_rows() (always)");

			ImportReport bulk = this.importer.run(new ImportOptions(this.dir, false, Bulk.ALWAYS), ImportListener.NONE);

			assertThat(bulk.bulkTables()).isEqualTo(TABLES);
			assertThat(schema()).isEqualTo(schema);
		}
		finally {
			this.jdbc.execute("ALTER TABLE film ENABLE TRIGGER film_search_update");
		}
	}

	@Test
	void automaticallyWritesInBulkATableTheFilesMoreThanDoubleAndNotOneTheyRefresh() throws Exception {
		// Enough titles that every table more than doubles, whatever other test classes
		// left in the shared database (about 1.2 names, 4.5 alternate titles, 4.6 cast
		// and 5 crew rows a title).
		long leftBehind = this.jdbc.queryForObject("""
				SELECT (SELECT count(*) FROM film) + (SELECT count(*) FROM person)
				    + (SELECT count(*) FROM alternate_title) + (SELECT count(*) FROM cast_credit)
				    + (SELECT count(*) FROM crew_credit)""", Long.class);
		generate((int) Math.max(1000, 3 * leftBehind));
		ImportChecksums checksums = new ImportChecksums(this.jdbc);
		List<String> schema = schema();

		ImportReport first = this.importer.run(new ImportOptions(this.dir, false), ImportListener.NONE);
		String afterFirst = checksums.exact("68");
		ImportReport second = this.importer.run(new ImportOptions(this.dir, false), ImportListener.NONE);

		assertThat(first.bulkTables()).isEqualTo(TABLES);
		assertThat(second.bulkTables()).isEmpty();
		assertThat(checksums.exact("68")).as("the second run wrote nothing").isEqualTo(afterFirst);
		assertThat(schema()).isEqualTo(schema);
	}

	@Test
	void importAbortedInTheMiddleOfABulkWriteLeavesTheCatalogueAndItsSchemaAsBefore() throws Exception {
		generate(300);
		ImportChecksums checksums = new ImportChecksums(this.jdbc);
		this.importer.run(new ImportOptions(this.dir, false, Bulk.NEVER), ImportListener.NONE);
		this.jdbc.update("UPDATE film SET title = title || ' (before)' WHERE imdb_id LIKE 'tt68%'");
		this.jdbc.update("DELETE FROM cast_credit WHERE film_id IN (SELECT id FROM film WHERE imdb_id LIKE 'tt68%')");
		String before = checksums.exact("68");
		List<String> schema = schema();

		for (String phase : List.of("episodes", "ratings", "cast")) {
			assertThatExceptionOfType(Interrupted.class).as(phase)
				.isThrownBy(
						() -> this.importer.run(new ImportOptions(this.dir, false, Bulk.ALWAYS), new ImportListener() {
							@Override
							public void phaseStarted(String started) {
								if (started.equals(phase)) {
									throw new Interrupted();
								}
							}
						}));
			// Titles and credits are one transaction: aborted at the cast, the films
			// are as before too.
			assertThat(checksums.exact("68")).as("aborted at " + phase).isEqualTo(before);
			assertThat(schema()).as("aborted at " + phase).isEqualTo(schema);
		}
		assertThat(checksums.rows("cast_credit", "68")).as("cast rolled back").isZero();
		this.importer.run(new ImportOptions(this.dir, false, Bulk.ALWAYS), ImportListener.NONE);
		assertThat(checksums.rows("cast_credit", "68")).isPositive();
		assertThat(schema()).isEqualTo(schema);
	}

	/**
	 * Dropping the cast's foreign keys locks the films and people they point at. A reader
	 * that holds the films and then reads the cast must not deadlock with a bulk write of
	 * titles and credits that waits for the films: both go on.
	 */
	@Test
	void readerOfFilmsThenCastAndABulkWriteOfTheCastBothFinish() throws Exception {
		generate(300);
		try (Connection reader = this.dataSource.getConnection()) {
			reader.setAutoCommit(false);
			CompletableFuture<ImportReport> importing = CompletableFuture.supplyAsync(() -> {
				try {
					return this.importer.run(new ImportOptions(this.dir, false, Bulk.ALWAYS), new ImportListener() {
						@Override
						public void bulkFinished(String table, Duration took) {
							if (table.equals("person")) {
								query(reader, "SELECT count(*) FROM film WHERE imdb_id LIKE 'tt68%'");
							}
						}
					});
				}
				catch (Exception ex) {
					throw new CompletionException(ex);
				}
			});
			// The import now holds the cast, or has held it, and waits for the films.
			Awaitility.await()
				.atMost(Duration.ofMinutes(2))
				.until(() -> importing.isDone() || this.jdbc.queryForObject("""
						SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = 'film'::regclass
						    AND mode = 'AccessExclusiveLock'""", Long.class) > 0);
			assertThat(importing).isNotDone();

			assertThat(query(reader, "SELECT count(*) FROM cast_credit WHERE film_id IN "
					+ "(SELECT id FROM film WHERE imdb_id LIKE 'tt68%')"))
				.isZero();
			reader.commit();

			ImportReport report = importing.get(2, TimeUnit.MINUTES);
			assertThat(report.bulkTables()).isEqualTo(TABLES);
			assertThat(new ImportChecksums(this.jdbc).rows("cast_credit", "68")).isPositive();
		}
	}

	@Test
	void commandLineRefusesAnUnknownBulkMode() {
		assertThat(ImportsCommandLine.run(
				new String[] { "import", "imdb", "--dir", this.dir.toString(), "--bulk", "sometimes" },
				MarqueeApplication.class))
			.isEqualTo(2);
	}

	private static long query(Connection connection, String sql) {
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void generate(int titles) throws java.io.IOException {
		SyntheticDatasets.generate(new SyntheticDatasets.Options(this.dir, titles, 11, 0.02, true, 6_800_000));
	}

	/**
	 * Every index and constraint of the tables an import writes, and every foreign key
	 * that points at them, by name and definition (validated and deferrable included).
	 */
	private List<String> schema() {
		List<String> schema = this.jdbc.queryForList("""
				SELECT tablename || ' ' || indexname || ': ' || indexdef FROM pg_indexes
				WHERE schemaname = 'public' AND tablename = ANY (?::text[])
				UNION ALL
				SELECT conrelid::regclass || ' ' || conname || ': ' || pg_get_constraintdef(oid)
				    || CASE WHEN convalidated THEN ' (validated)' ELSE ' (NOT VALID)' END
				    || CASE WHEN condeferrable THEN ' (deferrable)' ELSE '' END
				FROM pg_constraint
				WHERE conrelid::regclass::text = ANY (?::text[]) OR confrelid::regclass::text = ANY (?::text[])
				UNION ALL
				SELECT tgrelid::regclass || ' ' || tgname || ': ' || pg_get_triggerdef(oid)
				    || CASE tgenabled WHEN 'D' THEN ' (disabled)' WHEN 'A' THEN ' (always)' WHEN 'R' THEN ' (replica)'
				        ELSE ' (enabled)' END
				FROM pg_trigger
				WHERE NOT tgisinternal AND tgrelid::regclass::text = ANY (?::text[])
				ORDER BY 1""", String.class, tables(), tables(), tables(), tables());
		assertThat(schema).contains(
				"film film_title_folded_trgm_idx: CREATE INDEX film_title_folded_trgm_idx ON public.film USING gin (title_folded gin_trgm_ops)",
				"cast_credit cast_credit_person_id_fkey: FOREIGN KEY (person_id) REFERENCES person(id) (validated)",
				"cast_credit cast_credit_search_insert: CREATE TRIGGER cast_credit_search_insert AFTER INSERT ON public.cast_credit "
						+ "REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_credit_rows() (enabled)");
		return schema;
	}

	private static String tables() {
		return "{" + String.join(",", TABLES) + "}";
	}

	private static final class Interrupted extends RuntimeException {

	}

}
