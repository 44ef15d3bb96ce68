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

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Streams one dataset file into its staging table through COPY, line by line: memory
 * holds one line and one COPY chunk, whatever the file's size. The table is emptied and
 * filled in one transaction. With a selection (a refresh that compared its files with the
 * last import's baseline), only the lines of the selected key groups are checked and
 * staged; the others are counted as unchanged. Either way every group's hash goes to the
 * new baseline, marked to be staged again when a line of it was rejected or adjusted.
 */
final class StagingLoader {

	private static final int PROGRESS_EVERY = 8192;

	private StagingLoader() {
	}

	static FileReport load(Connection connection, DatasetFiles.DatasetFile file, ImportListener listener,
			ChangedKeys.@Nullable Selection selection, BaselineFile.Writer baseline) throws IOException, SQLException {
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
				copyLines(reader, new Lines(dataset, name, selection, baseline), fields, row, counts, raw, listener);
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
				counts.unchangedLines, counts.unchangedGroups, new TreeMap<>(counts.adjustments),
				List.copyOf(counts.rejects), Duration.ofNanos(System.nanoTime() - started));
		listener.fileLoaded(report);
		return report;
	}

	private static void copyLines(BufferedReader reader, Lines lines, String[] fields, CopyBuffer row,
			FileCounts counts, DatasetFiles.CountingInputStream raw, ImportListener listener)
			throws IOException, SQLException {
		String line;
		while ((line = reader.readLine()) != null) {
			long lineNo = ++counts.lines + 1;
			if (lines.staged(line, counts)) {
				try {
					split(line, fields);
					LineRules.write(lines.dataset, fields, lineNo, row, counts);
					row.endRow();
					counts.loaded++;
				}
				catch (BadLineException ex) {
					row.rollback();
					counts.reject(lines.name, lineNo, ex.getMessage(), line);
				}
			}
			else {
				counts.unchangedLines++;
			}
			if (counts.lines % PROGRESS_EVERY == 0) {
				listener.fileProgress(lines.dataset, raw.count(), counts.lines);
			}
		}
		lines.finish(counts);
	}

	/**
	 * The file's lines by key group: which groups are staged, and each group's entry in
	 * the new baseline.
	 */
	private static final class Lines {

		final Dataset dataset;

		final String name;

		private final ChangedKeys.@Nullable Selection selection;

		private final BaselineFile.Writer baseline;

		private final KeyGroups groups;

		private boolean staging;

		/** Rejected and adjusted lines of the file before the group's first line. */
		private long troubleBefore;

		Lines(Dataset dataset, String name, ChangedKeys.@Nullable Selection selection, BaselineFile.Writer baseline) {
			this.dataset = dataset;
			this.name = name;
			this.selection = selection;
			this.baseline = baseline;
			this.groups = new KeyGroups(dataset);
		}

		/**
		 * Adds the line to its group: answers whether the group is staged.
		 */
		boolean staged(String line, FileCounts counts) throws IOException {
			boolean first = counts.lines == 1;
			KeyGroups.Group ended = this.groups.add(line);
			if (ended != null) {
				ended(ended, counts);
			}
			if (ended != null || first) {
				this.staging = this.selection == null || this.selection.contains(this.dataset, this.groups.key());
				if (!this.staging) {
					counts.unchangedGroups++;
				}
			}
			return this.staging;
		}

		void finish(FileCounts counts) throws IOException {
			KeyGroups.Group last = this.groups.finish();
			if (last != null) {
				ended(last, counts);
			}
			this.baseline.complete(this.groups.order());
		}

		private void ended(KeyGroups.Group group, FileCounts counts) throws IOException {
			long trouble = counts.rejected + counts.adjustedValues;
			this.baseline.add(group.key(), group.hash(), group.badKey() || trouble != this.troubleBefore);
			this.troubleBefore = trouble;
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
