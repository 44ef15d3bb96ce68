package dev.marquee.imports;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

/**
 * A real crash: the command-line import runs in a child JVM against a private embedded
 * PostgreSQL and is killed with SIGKILL while it streams title.principals; run again, it
 * ends with the same content, table by table, as an uninterrupted import of the same
 * files into a fresh database. The figures go to {@code target/import-crash.md}.
 */
class ImportCrashTests {

	private static final int TITLES = 8_000;

	private static final long KILL_AFTER_ROWS = 8_000;

	private final List<EmbeddedPostgres> databases = new ArrayList<>();

	@TempDir
	Path temp;

	@AfterEach
	void stopDatabases() throws IOException {
		for (EmbeddedPostgres database : this.databases) {
			database.close();
		}
	}

	@Test
	void importKilledMidFileAndRunAgainEndsLikeAnUninterruptedImportInAFreshDatabase() throws Exception {
		Path files = this.temp.resolve("imdb");
		Map<Dataset, Long> lines = SyntheticDatasets
			.generate(new SyntheticDatasets.Options(files, TITLES, 17, 0.001, true, 7_800_000));
		EmbeddedPostgres crashed = start("crashed");
		EmbeddedPostgres fresh = start("fresh");
		JdbcTemplate crashedDb = new JdbcTemplate(crashed.getPostgresDatabase());

		Process killed = importInto(crashed, files, "killed");
		long rowsAtKill = waitForCopiedRows(crashedDb, killed);
		long killedAt = System.nanoTime();
		killed.destroyForcibly();
		assertThat(killed.waitFor(30, TimeUnit.SECONDS)).isTrue();
		long lockReleasedMs = waitForTheImportLockToBeReleased(crashedDb, killedAt);
		assertThat(killed.exitValue()).as("killed by SIGKILL").isEqualTo(137);
		ImportChecksums afterKill = new ImportChecksums(crashedDb);
		List<Long> afterKillCounts = List.of(afterKill.films("78"), afterKill.rows("cast_credit", "78"),
				afterKill.rows("crew_credit", "78"), afterKill.rows("alternate_title", "78"));
		assertThat(afterKill.rows("cast_credit", "78")).as("no credit merged before the kill").isZero();
		assertThat(rowsAtKill).as("killed mid-file").isLessThan(lines.get(Dataset.TITLE_PRINCIPALS));

		long resumeStarted = System.nanoTime();
		Process resumed = importInto(crashed, files, "resumed");
		assertExitsCleanly(resumed, "resumed");
		double resumeSeconds = (System.nanoTime() - resumeStarted) / 1e9;
		long uninterruptedStarted = System.nanoTime();
		Process uninterrupted = importInto(fresh, files, "uninterrupted");
		assertExitsCleanly(uninterrupted, "uninterrupted");
		double uninterruptedSeconds = (System.nanoTime() - uninterruptedStarted) / 1e9;

		ImportChecksums resumedSums = new ImportChecksums(crashedDb);
		ImportChecksums freshSums = new ImportChecksums(new JdbcTemplate(fresh.getPostgresDatabase()));
		assertThat(resumedSums.films("78")).isPositive().isEqualTo(freshSums.films("78"));
		for (String table : List.of("cast_credit", "crew_credit", "alternate_title")) {
			assertThat(resumedSums.rows(table, "78")).as(table).isPositive().isEqualTo(freshSums.rows(table, "78"));
		}
		assertThat(resumedSums.content("78")).isEqualTo(freshSums.content("78"));
		assertThat(crashedDb.queryForObject("SELECT count(*) FROM imports_title_principals", Long.class))
			.as("staging emptied by the completed run")
			.isZero();

		String figures = """
				| figure | value |
				|---|---|
				| dataset | %,d synthetic titles, %,d lines in 7 files (%,d in title.principals) |
				| killed | SIGKILL (exit 137) after %,d title.principals rows had been streamed into staging |
				| import lock released by PostgreSQL after the kill | %,d ms |
				| films, cast, crew, alternate titles after the kill | %d, %d, %d, %d (files are merged only once all are staged) |
				| re-run after the kill (child JVM, Spring start included) | %.1f s, exit 0 |
				| uninterrupted import into a fresh database | %.1f s, exit 0 |
				| films, cast, crew, alternate titles (re-run = uninterrupted) | %,d, %,d, %,d, %,d |
				| content checksum, re-run vs uninterrupted | %s = %s |
				"""
			.formatted(TITLES, lines.values().stream().mapToLong(Long::longValue).sum(),
					lines.get(Dataset.TITLE_PRINCIPALS), rowsAtKill, lockReleasedMs, afterKillCounts.get(0),
					afterKillCounts.get(1), afterKillCounts.get(2), afterKillCounts.get(3), resumeSeconds,
					uninterruptedSeconds, resumedSums.films("78"), resumedSums.rows("cast_credit", "78"),
					resumedSums.rows("crew_credit", "78"), resumedSums.rows("alternate_title", "78"),
					resumedSums.content("78"), freshSums.content("78"));
		Files.writeString(Path.of("target/import-crash.md"), figures);
	}

	/**
	 * A refresh against the last import's baseline, killed once its first merge has
	 * committed (people) and before its last: run again, it finds more people than the
	 * baseline recorded and goes the full way, and ends with the same content as an
	 * uninterrupted refresh of the same day against its baseline in a fresh database.
	 */
	@Test
	void refreshKilledMidMergeAndRunAgainEndsLikeAnUninterruptedRefresh() throws Exception {
		Path day0 = this.temp.resolve("day0");
		Path day1 = this.temp.resolve("day1");
		SyntheticDatasets.generate(new SyntheticDatasets.Options(day0, 4_000, 19, 0, true, 7_800_000, 0));
		SyntheticDatasets.generate(new SyntheticDatasets.Options(day1, 4_000, 19, 0, true, 7_800_000, 1));
		EmbeddedPostgres crashed = start("crashed");
		EmbeddedPostgres fresh = start("fresh");
		JdbcTemplate crashedDb = new JdbcTemplate(crashed.getPostgresDatabase());
		assertExitsCleanly(importInto(crashed, day0, "day0", "--delete-missing"), "day0");
		String baseline = crashedDb.queryForObject("SELECT id::text FROM import_baseline", String.class);
		long entries = crashedDb.queryForObject("SELECT count(*) FROM change_event", Long.class);

		Process killed = importInto(crashed, day1, "killed", "--delete-missing");
		await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(5)).until(() -> {
			if (!killed.isAlive()) {
				fail("The refresh ended (exit " + killed.exitValue() + ") before it could be killed:\n"
						+ output("killed"));
			}
			return crashedDb.queryForObject("SELECT count(*) FROM change_event", Long.class) > entries;
		});
		killed.destroyForcibly();
		assertThat(killed.waitFor(30, TimeUnit.SECONDS)).isTrue();
		waitForTheImportLockToBeReleased(crashedDb, System.nanoTime());
		assertThat(crashedDb.queryForObject("SELECT id::text FROM import_baseline", String.class))
			.as("killed before its last commit")
			.isEqualTo(baseline);

		Process resumed = importInto(crashed, day1, "resumed", "--delete-missing");
		assertExitsCleanly(resumed, "resumed");
		assertExitsCleanly(importInto(fresh, day0, "fresh-day0", "--delete-missing"), "fresh-day0");
		assertExitsCleanly(importInto(fresh, day1, "fresh-day1", "--delete-missing"), "fresh-day1");

		assertThat(output("fresh-day1")).as("compared with the baseline")
			.contains("comparing changes since the last import ... ")
			.doesNotContain("staging every line")
			.contains("unchanged since the last import: compared, not staged.");
		assertThat(output("resumed")).contains("comparing changes since the last import ... : staging every line, "
				+ "films or people an import wrote were added or deleted since the last import ended");
		ImportChecksums resumedSums = new ImportChecksums(crashedDb);
		ImportChecksums freshSums = new ImportChecksums(new JdbcTemplate(fresh.getPostgresDatabase()));
		assertThat(resumedSums.films("78")).isPositive().isEqualTo(freshSums.films("78"));
		assertThat(resumedSums.content("78")).isEqualTo(freshSums.content("78"));
	}

	private EmbeddedPostgres start(String name) throws IOException {
		EmbeddedPostgres database = EmbeddedPostgres.builder()
			.setDataDirectory(Files.createDirectories(this.temp.resolve("pg-" + name)))
			.setCleanDataDirectory(true)
			// zonky gives up after 10 s, which recovery after kill -9 can take
			// on a loaded machine
			.setPGStartupWait(Duration.ofSeconds(60))
			.start();
		this.databases.add(database);
		return database;
	}

	/**
	 * {@code java -cp <the test classpath> dev.marquee.MarqueeApplication import imdb} —
	 * the jar's own entry point, without needing the jar (not built yet when surefire
	 * runs).
	 */
	private Process importInto(EmbeddedPostgres database, Path files, String name, String... options)
			throws IOException {
		String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		Path work = Files.createDirectories(this.temp.resolve("run-" + name));
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
						"-XX:TieredStopAtLevel=1", "-cp", classpath, "dev.marquee.MarqueeApplication", "import", "imdb",
						"--dir", files.toString()));
		command.addAll(List.of(options));
		ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
			.redirectErrorStream(true)
			.redirectOutput(work.resolve("output.txt").toFile());
		builder.environment().put("SPRING_DATASOURCE_URL", database.getJdbcUrl("postgres", "postgres"));
		builder.environment().put("SPRING_DATASOURCE_USERNAME", "postgres");
		builder.environment().put("SPRING_DATASOURCE_PASSWORD", "postgres");
		builder.environment().put("CLASSPATH", "");
		// Each database's baselines in a folder of its own, as each machine has.
		builder.environment()
			.put("MARQUEE_IMPORTS_BASELINE_DIRECTORY", this.temp.resolve("baselines-" + database.getPort()).toString());
		return builder.start();
	}

	/**
	 * Waits until the import has streamed enough title.principals rows into staging, as
	 * PostgreSQL's own COPY progress view shows them.
	 */
	private long waitForCopiedRows(JdbcTemplate db, Process process) throws Exception {
		try {
			return await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(5)).until(() -> {
				if (!process.isAlive()) {
					fail("The import ended (exit " + process.exitValue() + ") before it could be killed:\n"
							+ output("killed"));
				}
				return db.queryForObject("""
						SELECT coalesce(max(tuples_processed), 0) FROM pg_stat_progress_copy
						WHERE relid::regclass::text = 'imports_title_principals'""", Long.class);
			}, (rows) -> rows != null && rows >= KILL_AFTER_ROWS);
		}
		catch (ConditionTimeoutException ex) {
			throw new AssertionError("title.principals was never streamed:\n" + output("killed"), ex);
		}
	}

	private static long waitForTheImportLockToBeReleased(JdbcTemplate db, long since) {
		await().alias("advisory lock released")
			.atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(5))
			.until(() -> db.queryForObject("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'",
					Long.class) == 0);
		return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - since);
	}

	private void assertExitsCleanly(Process process, String name) throws Exception {
		assertThat(process.waitFor(10, TimeUnit.MINUTES)).as(name + " import ended").isTrue();
		assertThat(process.exitValue()).as(name + " import:\n" + output(name)).isZero();
	}

	private String output(String name) throws IOException {
		File file = this.temp.resolve("run-" + name).resolve("output.txt").toFile();
		return file.exists() ? Files.readString(file.toPath(), StandardCharsets.UTF_8) : "";
	}

}
