package dev.marquee.imports.jobs;

import java.util.List;

import dev.marquee.imports.Reject;

/**
 * What a job's {@code progress} column holds: its files, merges and rejected lines so
 * far.
 */
record JobProgressSnapshot(List<ImportJobView.FileProgress> files, List<ImportJobView.Phase> phases,
		List<Reject> rejects) {

	ImportJobView.Counts counts() {
		long lines = 0;
		long loaded = 0;
		long rejected = 0;
		for (ImportJobView.FileProgress file : this.files) {
			lines += file.rows();
			loaded += (file.loaded() != null) ? file.loaded() : 0;
			rejected += (file.rejected() != null) ? file.rejected() : 0;
		}
		return new ImportJobView.Counts(lines, loaded, rejected);
	}

}
