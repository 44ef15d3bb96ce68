package dev.marquee.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;

/**
 * Imports a folder of IMDb dataset files: every header is checked first (a wrong one
 * refuses the whole import), then each file is streamed through COPY into its staging
 * table, then the staging tables are merged into the real tables: people in one
 * transaction, titles with their alternate titles and credits in one, deletions each in
 * one. One import at a time per database ({@link ImportLock}). No JPA: the merges are a
 * few set-based statements each.
 */
@Service
public class ImdbImporter {

	private static final Logger logger = LoggerFactory.getLogger(ImdbImporter.class);

	private final DataSource dataSource;

	private final Path baselines;

	ImdbImporter(DataSource dataSource, Environment environment) {
		this.dataSource = dataSource;
		this.baselines = configuredBaselineDirectory(environment);
	}

	Path baselineDirectory() {
		return this.baselines;
	}

	/**
	 * Where baselines are kept: {@code marquee.imports.baseline-directory}; by default
	 * {@code import-baselines} next to the embedded database's data, or
	 * {@code marquee-import-baselines} in the temporary directory when the database is
	 * another.
	 */
	private static Path configuredBaselineDirectory(Environment environment) {
		String configured = environment.getProperty("marquee.imports.baseline-directory");
		if (configured != null && !configured.isBlank()) {
			return Path.of(configured).toAbsolutePath().normalize();
		}
		if (!environment.containsProperty("spring.datasource.url")) {
			return Path.of(environment.getProperty("marquee.embedded-postgres.data-directory", "./data/postgres"))
				.toAbsolutePath()
				.normalize()
				.resolveSibling("import-baselines");
		}
		return Path.of(System.getProperty("java.io.tmpdir"), "marquee-import-baselines");
	}

	/**
	 * Checks the folder's files without importing: the datasets found, each header right.
	 * @throws ImportRefusedException when there is none, or a header is wrong
	 */
	public static List<ImportFile> check(Path directory) {
		try {
			List<ImportFile> files = new ArrayList<>();
			for (DatasetFiles.DatasetFile file : DatasetFiles.discover(directory)) {
				files
					.add(new ImportFile(file.dataset(), file.path().getFileName().toString(), Files.size(file.path())));
			}
			return files;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Takes the import lock for this database, on a connection of its own that the import
	 * then runs on: one import at a time, whatever process runs it.
	 * @throws ImportBusyException when another import holds it
	 */
	public ImportLock lock() throws SQLException {
		return ImportLock.take(this.dataSource);
	}

	public ImportReport run(ImportOptions options, ImportListener listener) throws IOException, SQLException {
		try (ImportLock lock = lock()) {
			return run(lock, options, listener);
		}
	}

	/**
	 * Runs an import under a lock taken with {@link #lock()}; the caller closes the lock.
	 */
	public ImportReport run(ImportLock lock, ImportOptions options, ImportListener listener)
			throws IOException, SQLException {
		long started = System.nanoTime();
		List<DatasetFiles.DatasetFile> files = DatasetFiles.discover(options.directory());
		Set<Dataset> present = EnumSet.noneOf(Dataset.class);
		files.forEach((file) -> present.add(file.dataset()));
		Connection connection = lock.connection();
		connection.setAutoCommit(false);
		List<FileReport> reports = new ArrayList<>();
		@Nullable Baseline previous = Baseline.recorded(connection);
		Baseline next = new Baseline(UUID.randomUUID(), present, 0, 0, Baseline.changesFromNow(connection), 0, 0);
		connection.commit();
		Path folder = next.folder(this.baselines);
		try {
			List<PhaseReport> phases = new ArrayList<>();
			ChangedKeys.Selection selection = compare(connection, files, previous, options, listener, phases);
			truncateStaging(connection);
			Map<String, Merges.StagedKeys> stagedKeys = new java.util.HashMap<>();
			for (DatasetFiles.DatasetFile file : files) {
				try (BaselineFile.Writer baseline = BaselineFile.create(folder, file.dataset())) {
					StagingLoader.Staged staged = StagingLoader.load(connection, file, listener, selection, baseline);
					reports.add(staged.report());
					if (staged.duplicateKeys() != null) {
						stagedKeys.put(file.dataset().stagingTable(),
								new Merges.StagedKeys(staged.report().loaded(), staged.duplicateKeys()));
					}
				}
			}
			Merges.Partial partial = null;
			if (selection != null) {
				unchangedLines(reports, listener, phases);
				stageScope(connection, present, selection);
				partial = new Merges.Partial(unchangedGroups(reports, Dataset.TITLE_BASICS),
						unchangedGroups(reports, Dataset.NAME_BASICS));
			}
			List<String> bulkTables = new ArrayList<>();
			ImportFeed feed = new ImportFeed(UUID.randomUUID());
			phases.addAll(merge(connection, present, options, listener, bulkTables, feed, partial, stagedKeys));
			// The new baseline becomes the one the database matches with the import's
			// last commit, after every merge: a run killed before leaves the previous
			// one.
			boolean complete = files.stream().allMatch((file) -> BaselineFile.path(folder, file.dataset()) != null);
			Baseline.record(connection, complete ? new Baseline(next.id(), present, kept(phases, "titles"),
					kept(phases, "people"), next.changesFrom(), 0, 0) : null, feed.id());
			truncateStaging(connection);
			if (previous != null) {
				Baseline.remove(previous.folder(this.baselines));
			}
			if (!complete) {
				Baseline.remove(folder);
			}
			ImportReport report = new ImportReport(feed.id(), reports, phases, List.copyOf(bulkTables),
					Duration.ofNanos(System.nanoTime() - started));
			logger.info("Imported {} lines of {} files ({} rejected, {} unchanged) in {}", report.lines(),
					reports.size(), report.rejected(), report.unchanged(), report.took());
			return report;
		}
		catch (IOException | SQLException | RuntimeException ex) {
			connection.rollback();
			Baseline.remove(folder);
			throw ex;
		}
		finally {
			connection.setAutoCommit(true);
		}
	}

	/**
	 * Compares the files with the baseline of the last import, when the database records
	 * one that this machine has, for the same files: answers what to stage, or
	 * {@code null} to stage everything (no usable baseline, a file out of order, too many
	 * changes), saying why in the report.
	 */
	private ChangedKeys.@Nullable Selection compare(Connection connection, List<DatasetFiles.DatasetFile> files,
			@Nullable Baseline previous, ImportOptions options, ImportListener listener, List<PhaseReport> phases)
			throws IOException, SQLException {
		String phase = "changes since the last import";
		String fallback;
		if (previous == null) {
			fallback = "no baseline: a first import, or the last one did not end";
		}
		else if (!previous.datasets()
			.equals(files.stream()
				.map(DatasetFiles.DatasetFile::dataset)
				.collect(java.util.stream.Collectors.toCollection(() -> EnumSet.noneOf(Dataset.class))))) {
			fallback = "other files than the last import's";
		}
		else if (options.deleteMissing() && previous.keptTitles() + previous.keptPeople() > 0) {
			fallback = "the last import kept titles or people absent from its files";
		}
		else if (!Files.isDirectory(previous.folder(this.baselines))) {
			fallback = "the last import's baseline is not on this machine";
		}
		else if (!previous.countsMatch(connection)) {
			fallback = "films or people an import wrote were added or deleted since the last import ended";
		}
		else {
			listener.phaseStarted(phase);
			long started = System.nanoTime();
			Set<String> titles = new java.util.HashSet<>();
			Set<String> people = new java.util.HashSet<>();
			previous.changedByTheApi(connection, titles, people);
			connection.commit();
			ChangedKeys.Outcome outcome = ChangedKeys.compare(files, previous.folder(this.baselines), titles, people);
			Map<String, Long> counts = new java.util.LinkedHashMap<>();
			if (outcome.selection() != null) {
				ChangedKeys.Selection selection = outcome.selection();
				counts.put("titles staged in every file", (long) selection.whole().size());
				for (DatasetFiles.DatasetFile file : files) {
					if (file.dataset() != Dataset.NAME_BASICS) {
						counts.put(file.dataset().baseName() + " titles staged",
								(long) selection.titles(file.dataset()).size());
					}
				}
				counts.put("people staged", (long) selection.people().size());
				counts.putAll(outcome.selection().counts());
			}
			PhaseReport report = new PhaseReport(
					(outcome.fallback() == null) ? phase : phase + ": staging every line, " + outcome.fallback(),
					counts, Duration.ofNanos(System.nanoTime() - started));
			listener.phaseFinished(report);
			phases.add(report);
			return outcome.selection();
		}
		PhaseReport report = new PhaseReport(phase + ": staging every line, " + fallback, Map.of(), Duration.ZERO);
		listener.phaseStarted(phase);
		listener.phaseFinished(report);
		phases.add(report);
		return null;
	}

	/**
	 * How many lines of each file were unchanged since the last import, neither checked
	 * nor staged: a phase of its own in the report and the job's progress.
	 */
	private static void unchangedLines(List<FileReport> reports, ImportListener listener, List<PhaseReport> phases) {
		String name = "lines unchanged since the last import (not staged)";
		listener.phaseStarted(name);
		Map<String, Long> counts = new java.util.LinkedHashMap<>();
		reports.forEach((report) -> counts.put(report.dataset().baseName(), report.unchanged()));
		PhaseReport report = new PhaseReport(name, counts, Duration.ZERO);
		listener.phaseFinished(report);
		phases.add(report);
	}

	/**
	 * The keys a refresh staged, file by file: each child table's merge replaces the
	 * children of the titles selected for its file (those whose group vanished included),
	 * and the merges look for titles and people absent from the files among those
	 * selected for {@code title.basics} and {@code name.basics}.
	 */
	private static void stageScope(Connection connection, Set<Dataset> present, ChangedKeys.Selection selection)
			throws SQLException, IOException {
		CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
		for (Dataset dataset : present) {
			if (dataset != Dataset.NAME_BASICS) {
				copy.copyIn("COPY imports_scope_titles (dataset, tconst) FROM STDIN",
						keys(dataset.baseName() + "\t", selection.titles(dataset)));
			}
		}
		copy.copyIn("COPY imports_scope_people FROM STDIN", keys("", selection.people()));
		try (Statement statement = connection.createStatement()) {
			statement.execute("ANALYZE imports_scope_titles, imports_scope_people");
		}
		connection.commit();
	}

	private static java.io.Reader keys(String prefix, Set<String> keys) {
		StringBuilder text = new StringBuilder(keys.size() * (11 + prefix.length()));
		for (String key : keys) {
			if (!key.isEmpty()) {
				text.append(prefix).append(key).append('\n');
			}
		}
		return new java.io.StringReader(text.toString());
	}

	private static long unchangedGroups(List<FileReport> reports, Dataset dataset) {
		return reports.stream()
			.filter((report) -> report.dataset() == dataset)
			.mapToLong(FileReport::unchangedGroups)
			.sum();
	}

	/**
	 * Titles or people absent from the files that the import kept (with
	 * {@code --delete-missing}, people still credited).
	 */
	private static long kept(List<PhaseReport> phases, String what) {
		return phases.stream()
			.filter((phase) -> phase.name().startsWith(what + " absent"))
			.mapToLong((phase) -> phase.counts().getOrDefault("kept", 0L)
					+ phase.counts().getOrDefault("kept credited", 0L))
			.sum();
	}

	private List<PhaseReport> merge(Connection connection, Set<Dataset> present, ImportOptions options,
			ImportListener listener, List<String> bulkTables, ImportFeed feed, Merges.@Nullable Partial partial,
			Map<String, Merges.StagedKeys> stagedKeys) throws SQLException {
		Merges merges = new Merges(connection, present, feed, partial, stagedKeys);
		// A refresh against its baseline stages a small part of each file: AUTO never
		// writes it in bulk, and need not count each table's rows to know.
		ImportOptions.Bulk bulk = (partial != null && options.bulk() == ImportOptions.Bulk.AUTO)
				? ImportOptions.Bulk.NEVER : options.bulk();
		Families families = new Families(connection, bulk, listener, bulkTables);
		if (present.contains(Dataset.NAME_BASICS)) {
			families.run("person", "SELECT count(*) FROM imports_name_basics", new Phase("people", merges::people));
		}
		// Titles and all that hangs on them in one transaction: readers see a
		// title's row, alternate titles and credits change at once. So a film
		// whose credits change needs one new version, and none when this import
		// wrote its row anyway (created or updated it): on a first load, no film
		// row is written twice. The bulk writes start and end together.
		List<Family> titles = new ArrayList<>();
		// On a first load the films merge creates films with their episode and rating
		// fields; the episodes and ratings merges set them on every other film. One bulk
		// write for the three, so the film indexes are built once.
		List<Phase> films = new ArrayList<>();
		if (present.contains(Dataset.TITLE_BASICS)) {
			films.add(new Phase("films", merges::films));
		}
		if (present.contains(Dataset.TITLE_EPISODE)) {
			films.add(new Phase("episodes", merges::episodes));
		}
		if (present.contains(Dataset.TITLE_RATINGS)) {
			films.add(new Phase("ratings", merges::ratings));
		}
		// Without title.basics the merges only update: no bulk write.
		titles.add(new Family("film",
				present.contains(Dataset.TITLE_BASICS) ? "SELECT count(*) FROM imports_title_basics" : null,
				films.toArray(Phase[]::new)));
		if (present.contains(Dataset.TITLE_AKAS)) {
			titles.add(new Family("alternate_title", "SELECT count(*) FROM imports_title_akas",
					new Phase("alternate titles", merges::alternateTitles)));
		}
		if (present.contains(Dataset.TITLE_PRINCIPALS)) {
			titles.add(new Family("cast_credit",
					"SELECT count(*) FROM imports_title_principals WHERE category IN ('actor', 'actress', 'self')",
					new Phase("cast", merges::cast)));
		}
		if (present.contains(Dataset.TITLE_PRINCIPALS) || present.contains(Dataset.TITLE_CREW)) {
			titles.add(new Family("crew_credit", """
					SELECT (SELECT count(*) FROM imports_title_principals
					        WHERE category NOT IN ('actor', 'actress', 'self'))
					    + (SELECT coalesce(sum(cardinality(directors) + cardinality(writers)), 0)
					       FROM imports_title_crew)""", new Phase("crew", merges::crew)));
		}
		if (titles.size() > 1) {
			titles.add(new Family("film", null, new Phase("film versions", merges::filmVersions)));
		}
		families.runTogether(titles);
		if (present.contains(Dataset.TITLE_BASICS)) {
			families.run("film", null,
					new Phase(
							options.deleteMissing() ? "titles absent from the snapshot (deleted)"
									: "titles absent from the snapshot (kept)",
							() -> merges.missingTitles(options.deleteMissing())));
		}
		if (present.contains(Dataset.NAME_BASICS)) {
			families.run("person", null,
					new Phase(
							options.deleteMissing() ? "people absent from the snapshot (deleted)"
									: "people absent from the snapshot (kept)",
							() -> merges.missingPeople(options.deleteMissing())));
		}
		return families.reports;
	}

	private static void truncateStaging(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			List<String> tables = new ArrayList<>();
			for (Dataset dataset : Dataset.values()) {
				tables.add(dataset.stagingTable());
			}
			tables.add("imports_scope_titles");
			tables.add("imports_scope_people");
			statement.execute("TRUNCATE " + String.join(", ", tables));
		}
		connection.commit();
	}

	@FunctionalInterface
	private interface Merge {

		Map<String, Long> apply() throws SQLException;

	}

	private record Phase(String name, Merge merge) {
	}

	/**
	 * The merges that write one table.
	 *
	 * @param table the table the merges write
	 * @param stagedSql how many rows the merges may write; {@code null} when they only
	 * update or delete (never a bulk write)
	 */
	private record Family(String table, @Nullable String stagedSql, Phase... phases) {
	}

	/**
	 * Runs the merges, table by table or several tables in one transaction, around the
	 * bulk writes that the staged rows call for.
	 */
	private static final class Families {

		private final Connection connection;

		private final ImportOptions.Bulk bulk;

		private final ImportListener listener;

		private final List<String> bulkTables;

		private final List<PhaseReport> reports = new ArrayList<>();

		Families(Connection connection, ImportOptions.Bulk bulk, ImportListener listener, List<String> bulkTables) {
			this.connection = connection;
			this.bulk = bulk;
			this.listener = listener;
			this.bulkTables = bulkTables;
		}

		/**
		 * Runs the merges that write one table, each in a transaction of its own; or,
		 * when the write is a bulk one, all of them in one transaction around a
		 * {@link BulkWrite}.
		 */
		void run(String table, @Nullable String stagedSql, Phase... phases) throws SQLException {
			if (phases.length == 0) {
				return;
			}
			BulkWrite write = start(List.of(new Family(table, stagedSql, phases)));
			for (Phase phase : phases) {
				run(phase);
				if (write == null) {
					this.connection.commit();
				}
			}
			if (write != null) {
				finish(write);
			}
		}

		/**
		 * Runs the families' merges in one transaction; the bulk writes among them start
		 * together (their locks taken at once) and end together.
		 */
		void runTogether(List<Family> families) throws SQLException {
			BulkWrite write = start(families);
			for (Family family : families) {
				for (Phase phase : family.phases()) {
					run(phase);
				}
			}
			if (write != null) {
				finish(write);
			}
			else {
				this.connection.commit();
			}
		}

		private @Nullable BulkWrite start(List<Family> families) throws SQLException {
			List<String> tables = new ArrayList<>();
			for (Family family : families) {
				if (family.phases().length > 0 && family.stagedSql() != null && !tables.contains(family.table())
						&& inBulk(family.table(), family.stagedSql())) {
					tables.add(family.table());
				}
			}
			if (tables.isEmpty()) {
				return null;
			}
			settings();
			BulkWrite write = BulkWrite.start(this.connection, tables);
			this.listener.bulkStarted(String.join(", ", tables), write.indexes(), write.foreignKeys());
			return write;
		}

		private void run(Phase phase) throws SQLException {
			this.listener.phaseStarted(phase.name());
			long started = System.nanoTime();
			settings();
			Map<String, Long> counts = phase.merge().apply();
			PhaseReport report = new PhaseReport(phase.name(), counts, Duration.ofNanos(System.nanoTime() - started));
			this.listener.phaseFinished(report);
			this.reports.add(report);
		}

		private void finish(BulkWrite write) throws SQLException {
			long started = System.nanoTime();
			write.restore();
			this.connection.commit();
			this.bulkTables.addAll(write.tables());
			this.listener.bulkFinished(String.join(", ", write.tables()),
					Duration.ofNanos(System.nanoTime() - started));
		}

		private boolean inBulk(String table, String stagedSql) throws SQLException {
			return switch (this.bulk) {
				case ALWAYS -> true;
				case NEVER -> false;
				case AUTO -> {
					try (Statement statement = this.connection.createStatement();
							ResultSet rows = statement.executeQuery(
									"SELECT (" + stagedSql + ") > 2 * (SELECT count(*) FROM " + table + ")")) {
						rows.next();
						yield rows.getBoolean(1);
					}
				}
			};
		}

		/**
		 * For the merge's transaction: memory for its sorts and hashes, and a commit that
		 * does not wait for the WAL flush. Nothing is lost by it: the import's last
		 * commit (emptying the staging tables) is a synchronous one, which flushes the
		 * WAL of every merge before it, so an import that reports success is durable; and
		 * a crash before that is any interruption, which the next run redoes.
		 */
		private void settings() throws SQLException {
			try (Statement statement = this.connection.createStatement()) {
				statement.execute("SET LOCAL work_mem = '256MB'");
				statement.execute("SET LOCAL synchronous_commit = off");
			}
		}

	}

}
