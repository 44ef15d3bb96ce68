package dev.marquee.imports;

import java.nio.file.Path;

/**
 * What to import and how.
 *
 * @param directory the folder holding IMDb's files ({@code title.basics.tsv.gz}, ...);
 * every dataset file found is imported
 * @param deleteMissing whether films an earlier import wrote but the new
 * {@code title.basics} no longer lists are deleted (else kept); counted either way
 * @param bulk when a merge writes through a {@link BulkWrite} (secondary indexes and
 * foreign keys dropped, then rebuilt)
 */
public record ImportOptions(Path directory, boolean deleteMissing, Bulk bulk) {

	public ImportOptions(Path directory, boolean deleteMissing) {
		this(directory, deleteMissing, Bulk.AUTO);
	}

	/**
	 * When the merges write in bulk: the indexes and foreign keys of the tables they
	 * write are dropped and rebuilt in the merge's transaction, which is several times
	 * faster for a large write but keeps readers of those tables waiting until it
	 * commits.
	 */
	public enum Bulk {

		/**
		 * For each table a merge writes, when the staged rows number more than twice the
		 * rows the table holds: a first load into an empty or small catalogue, never the
		 * refresh of a loaded one.
		 */
		AUTO,

		/** Every merge writes in bulk. */
		ALWAYS,

		/** No merge writes in bulk: readers never wait on an import. */
		NEVER

	}

}
