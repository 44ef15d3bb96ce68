package dev.marquee.imports;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Follows an import as it runs (a progress bar, an HTTP job's state). Called on the
 * importing thread; every method does nothing by default.
 */
public interface ImportListener {

	ImportListener NONE = new ImportListener() {
	};

	default void fileStarted(Dataset dataset, Path file, long bytes) {
	}

	/**
	 * @param bytesRead bytes of the file read so far (compressed bytes for a gzip file)
	 * @param lines data lines read so far
	 */
	default void fileProgress(Dataset dataset, long bytesRead, long lines) {
	}

	default void fileLoaded(FileReport report) {
	}

	default void phaseStarted(String phase) {
	}

	default void phaseFinished(PhaseReport report) {
	}

	/**
	 * The merges into the table write in bulk: its secondary indexes and foreign keys
	 * were dropped, to be rebuilt when they are done.
	 */
	default void bulkStarted(String table, int indexes, int foreignKeys) {
	}

	/**
	 * The table's indexes and foreign keys are rebuilt and its merges committed.
	 */
	default void bulkFinished(String table, Duration took) {
	}

}
