package dev.marquee.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
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

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Imports a folder of IMDb dataset files: every header is checked first (a wrong one
 * refuses the whole import), then each file is streamed through COPY into its staging
 * table, then the staging tables are merged into the real tables, one transaction per
 * merge. One import at a time per database (a session advisory lock, released even when
 * the process is killed). No JPA: the merges are a few set-based statements each.
 */
@Service
public class ImdbImporter {

	private static final Logger logger = LoggerFactory.getLogger(ImdbImporter.class);

	/**
	 * Arbitrary but fixed: the key of the advisory lock held while an import runs.
	 */
	private static final long LOCK_KEY = 0x4d61727175656502L;

	private final DataSource dataSource;

	ImdbImporter(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * Checks the folder's files without importing: the datasets found, each header right.
	 * @throws ImportRefusedException when there is none, or a header is wrong
	 */
	public static List<Dataset> check(java.nio.file.Path directory) {
		try {
			return DatasetFiles.discover(directory).stream().map(DatasetFiles.DatasetFile::dataset).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public ImportReport run(ImportOptions options, ImportListener listener) throws IOException, SQLException {
		long started = System.nanoTime();
		List<DatasetFiles.DatasetFile> files = DatasetFiles.discover(options.directory());
		Set<Dataset> present = EnumSet.noneOf(Dataset.class);
		files.forEach((file) -> present.add(file.dataset()));
		try (Connection connection = this.dataSource.getConnection()) {
			int networkTimeout = connection.getNetworkTimeout();
			lock(connection);
			try {
				// A bulk job: one COPY or merge of a large file runs far longer than the
				// pool's statement and socket timeouts, which guard the API's requests.
				session(connection, "SET statement_timeout = 0");
				connection.setNetworkTimeout(Runnable::run, 0);
				connection.setAutoCommit(false);
				List<FileReport> reports = new ArrayList<>();
				try {
					truncateStaging(connection);
					for (DatasetFiles.DatasetFile file : files) {
						reports.add(StagingLoader.load(connection, file, listener));
					}
					List<PhaseReport> phases = merge(connection, present, options, listener);
					truncateStaging(connection);
					ImportReport report = new ImportReport(reports, phases,
							Duration.ofNanos(System.nanoTime() - started));
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
			finally {
				if (!connection.isClosed()) {
					session(connection, "RESET statement_timeout");
					connection.setNetworkTimeout(Runnable::run, networkTimeout);
				}
				unlock(connection);
			}
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

	private static void session(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static void lock(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT pg_try_advisory_lock(" + LOCK_KEY + ")")) {
			result.next();
			if (!result.getBoolean(1)) {
				throw new ImportBusyException();
			}
		}
	}

	private static void unlock(Connection connection) throws SQLException {
		if (!connection.isClosed()) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("SELECT pg_advisory_unlock(" + LOCK_KEY + ")");
			}
		}
	}

	@FunctionalInterface
	private interface Merge {

		Map<String, Long> apply() throws SQLException;

	}

}
