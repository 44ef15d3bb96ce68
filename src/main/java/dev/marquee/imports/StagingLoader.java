package dev.marquee.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
 * <p>
 * When the file's keys come in ascending order (IMDb's and the generator's do), each
 * key's lines are one group, so the staged rows that repeat a key (the merges' "last line
 * wins") are counted here as they pass; the merges then need not count them with a query
 * over the whole staging table.
 */
final class StagingLoader {

	private static final int PROGRESS_EVERY = 8192;

	private StagingLoader() {
	}

	/**
	 * A file staged.
	 *
	 * @param report what the import reports of it
	 * @param duplicateKeys the staged rows that repeat an earlier row's key, or
	 * {@code null} when the file's keys were not in order (then only a query counts them)
	 */
	record Staged(FileReport report, @Nullable Long duplicateKeys) {
	}

	static Staged load(Connection connection, DatasetFiles.DatasetFile file, ImportListener listener,
			ChangedKeys.@Nullable Selection selection, BaselineFile.Writer baseline) throws IOException, SQLException {
		Dataset dataset = file.dataset();
		String name = file.path().getFileName().toString();
		long bytes = Files.size(file.path());
		long started = System.nanoTime();
		listener.fileStarted(dataset, file.path(), bytes);
		int columns = dataset.columns().size();
		FileCounts counts = new FileCounts();
		CopyManager copyManager = connection.unwrap(PGConnection.class).getCopyAPI();
		Lines lines = new Lines(dataset, name, selection, baseline);
		try (Statement statement = connection.createStatement()) {
			statement.execute("TRUNCATE " + dataset.stagingTable());
		}
		DatasetFiles.CountingInputStream raw = new DatasetFiles.CountingInputStream(Files.newInputStream(file.path()));
		// A refresh stages a few of the lines it reads: reading is its work, and the
		// database's COPY leaves a core idle for the decompression.
		try (BufferedReader reader = DatasetFiles.reader(raw, selection != null)) {
			reader.readLine(); // the header, checked before the import started
			CopyBuffer row = new CopyBuffer(copyManager.copyIn("COPY " + dataset.stagingTable() + " FROM STDIN"));
			String[] fields = new String[columns];
			try {
				copyLines(reader, lines, fields, row, counts, raw, listener);
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
		return new Staged(report, lines.duplicateKeys());
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
					lines.loaded(fields);
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

		/** Whether a row's key is its title and its ordering, not its title alone. */
		private final boolean keyedByOrdering;

		/** The orderings of the group's staged rows, when they are part of the key. */
		private final Set<Integer> orderings = new HashSet<>();

		/** The group's staged rows so far. */
		private long groupStaged;

		private long duplicateKeys;

		private boolean staging;

		/** Rejected and adjusted lines of the file before the group's first line. */
		private long troubleBefore;

		Lines(Dataset dataset, String name, ChangedKeys.@Nullable Selection selection, BaselineFile.Writer baseline) {
			this.dataset = dataset;
			this.name = name;
			this.selection = selection;
			this.baseline = baseline;
			this.groups = new KeyGroups(dataset);
			this.keyedByOrdering = dataset == Dataset.TITLE_AKAS || dataset == Dataset.TITLE_PRINCIPALS;
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
				this.groupStaged = 0;
				this.orderings.clear();
				this.staging = this.selection == null || this.selection.contains(this.dataset, this.groups.key());
				if (!this.staging) {
					counts.unchangedGroups++;
				}
			}
			return this.staging;
		}

		/**
		 * Counts a staged row, whose fields passed the line's rules: a repeat of its
		 * group's key (an ordering, where that is part of the key) is a duplicate.
		 */
		void loaded(String[] fields) {
			boolean repeated = this.keyedByOrdering ? !this.orderings.add(Integer.valueOf(fields[1]))
					: this.groupStaged > 0;
			if (repeated) {
				this.duplicateKeys++;
			}
			this.groupStaged++;
		}

		/**
		 * The staged rows that repeat a key, when the keys came in order: else a key
		 * could come back in a later group, unseen here.
		 */
		@Nullable Long duplicateKeys() {
			return (this.groups.order() != null) ? this.duplicateKeys : null;
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
