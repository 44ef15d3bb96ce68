package dev.marquee.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.TreeMap;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Streams one dataset file into its staging table through COPY, line by line: memory
 * holds one line and one COPY chunk, whatever the file's size. The table is emptied and
 * filled in one transaction.
 */
final class StagingLoader {

	private static final int PROGRESS_EVERY = 8192;

	private StagingLoader() {
	}

	static FileReport load(Connection connection, DatasetFiles.DatasetFile file, ImportListener listener)
			throws IOException, SQLException {
		Dataset dataset = file.dataset();
		String name = file.path().getFileName().toString();
		long bytes = Files.size(file.path());
		long started = System.nanoTime();
		listener.fileStarted(dataset, file.path(), bytes);
		int columns = dataset.columns().size();
		FileCounts counts = new FileCounts();
		CopyManager copyManager = connection.unwrap(PGConnection.class).getCopyAPI();
		try (Statement statement = connection.createStatement()) {
			statement.execute("TRUNCATE " + dataset.stagingTable());
		}
		DatasetFiles.CountingInputStream raw = new DatasetFiles.CountingInputStream(Files.newInputStream(file.path()));
		try (BufferedReader reader = DatasetFiles.reader(raw)) {
			reader.readLine(); // the header, checked before the import started
			CopyBuffer row = new CopyBuffer(copyManager.copyIn("COPY " + dataset.stagingTable() + " FROM STDIN"));
			String[] fields = new String[columns];
			try {
				copyLines(reader, dataset, name, fields, row, counts, raw, listener);
			}
			catch (IOException | SQLException | RuntimeException ex) {
				row.cancel();
				throw ex;
			}
			row.finish();
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("ANALYZE " + dataset.stagingTable());
		}
		connection.commit();
		listener.fileProgress(dataset, bytes, counts.lines);
		FileReport report = new FileReport(dataset, name, bytes, counts.lines, counts.loaded, counts.rejected,
				new TreeMap<>(counts.adjustments), List.copyOf(counts.rejects),
				Duration.ofNanos(System.nanoTime() - started));
		listener.fileLoaded(report);
		return report;
	}

	private static void copyLines(BufferedReader reader, Dataset dataset, String name, String[] fields, CopyBuffer row,
			FileCounts counts, DatasetFiles.CountingInputStream raw, ImportListener listener)
			throws IOException, SQLException {
		String line;
		while ((line = reader.readLine()) != null) {
			long lineNo = ++counts.lines + 1;
			try {
				split(line, fields);
				LineRules.write(dataset, fields, lineNo, row, counts);
				row.endRow();
				counts.loaded++;
			}
			catch (BadLineException ex) {
				row.rollback();
				counts.reject(name, lineNo, ex.getMessage(), line);
			}
			if (counts.lines % PROGRESS_EVERY == 0) {
				listener.fileProgress(dataset, raw.count(), counts.lines);
			}
		}
	}

	/**
	 * Splits on tabs into exactly {@code fields.length} fields, or refuses the line.
	 */
	static void split(String line, String[] fields) throws BadLineException {
		int start = 0;
		int index = 0;
		for (int i = 0; i <= line.length(); i++) {
			if (i == line.length() || line.charAt(i) == '\t') {
				if (index < fields.length) {
					fields[index] = line.substring(start, i);
				}
				index++;
				start = i + 1;
			}
		}
		if (index != fields.length) {
			throw new BadLineException("expected " + fields.length + " columns, found " + index);
		}
	}

}
