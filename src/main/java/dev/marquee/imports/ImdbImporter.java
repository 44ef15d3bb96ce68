package dev.marquee.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Imports a folder of IMDb dataset files: every header is checked first (a wrong one
 * refuses the whole import), then each file is streamed through COPY into its staging
 * table, then the staging tables are merged into the real tables, one transaction per
 * merge. One import at a time per database ({@link ImportLock}). No JPA: the merges are a
 * few set-based statements each.
 */
@Service
public class ImdbImporter {

	private static final Logger logger = LoggerFactory.getLogger(ImdbImporter.class);

	private final DataSource dataSource;

	ImdbImporter(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * Checks the folder's files without importing: the datasets found, each header right.
	 * @throws ImportRefusedException when there is none, or a header is wrong
	 */
	public static List<ImportFile> check(java.nio.file.Path directory) {
		try {
			List<ImportFile> files = new ArrayList<>();
			for (DatasetFiles.DatasetFile file : DatasetFiles.discover(directory)) {
				files.add(new ImportFile(file.dataset(), file.path().getFileName().toString(),
						java.nio.file.Files.size(file.path())));
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
		try {
			truncateStaging(connection);
			for (DatasetFiles.DatasetFile file : files) {
				reports.add(StagingLoader.load(connection, file, listener));
			}
			List<PhaseReport> phases = merge(connection, present, options, listener);
			truncateStaging(connection);
			ImportReport report = new ImportReport(reports, phases, Duration.ofNanos(System.nanoTime() - started));
			logger.info("Imported {} lines of {} files ({} rejected) in {}", report.lines(), reports.size(),
					report.rejected(), report.took());
			return report;
		}
		catch (IOException | SQLException | RuntimeException ex) {
			connection.rollback();
			throw ex;
		}
		finally {
			connection.setAutoCommit(true);
		}
	}

	private List<PhaseReport> merge(Connection connection, Set<Dataset> present, ImportOptions options,
			ImportListener listener) throws SQLException {
		Merges merges = new Merges(connection, present);
		List<PhaseReport> phases = new ArrayList<>();
		if (present.contains(Dataset.NAME_BASICS)) {
			phases.add(phase(connection, "people", merges::people, listener));
		}
		if (present.contains(Dataset.TITLE_BASICS)) {
			phases.add(phase(connection, "films", merges::films, listener));
		}
		if (present.contains(Dataset.TITLE_EPISODE)) {
			phases.add(phase(connection, "episodes", merges::episodes, listener));
		}
		if (present.contains(Dataset.TITLE_RATINGS)) {
			phases.add(phase(connection, "ratings", merges::ratings, listener));
		}
		if (present.contains(Dataset.TITLE_AKAS)) {
			phases.add(phase(connection, "alternate titles", merges::alternateTitles, listener));
		}
		if (present.contains(Dataset.TITLE_PRINCIPALS)) {
			phases.add(phase(connection, "cast", merges::cast, listener));
		}
		if (present.contains(Dataset.TITLE_PRINCIPALS) || present.contains(Dataset.TITLE_CREW)) {
			phases.add(phase(connection, "crew", merges::crew, listener));
		}
		if (present.contains(Dataset.TITLE_BASICS)) {
			phases.add(phase(connection,
					options.deleteMissing() ? "titles absent from the snapshot (deleted)"
							: "titles absent from the snapshot (kept)",
					() -> merges.missingTitles(options.deleteMissing()), listener));
		}
		return phases;
	}

	private PhaseReport phase(Connection connection, String name, Merge merge, ImportListener listener)
			throws SQLException {
		listener.phaseStarted(name);
		long started = System.nanoTime();
		try (Statement statement = connection.createStatement()) {
			statement.execute("SET LOCAL work_mem = '256MB'");
		}
		Map<String, Long> counts = merge.apply();
		connection.commit();
		PhaseReport report = new PhaseReport(name, counts, Duration.ofNanos(System.nanoTime() - started));
		listener.phaseFinished(report);
		return report;
	}

	private static void truncateStaging(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			List<String> tables = new ArrayList<>();
			for (Dataset dataset : Dataset.values()) {
				tables.add(dataset.stagingTable());
			}
			statement.execute("TRUNCATE " + String.join(", ", tables));
		}
		connection.commit();
	}

	@FunctionalInterface
	private interface Merge {

		Map<String, Long> apply() throws SQLException;

	}

}
