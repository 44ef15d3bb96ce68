package dev.marquee.imports;

import java.time.Duration;
import java.util.List;

/**
 * Everything an import did: each file read and each merge applied.
 *
 * @param bulkTables the tables written in bulk (their indexes and foreign keys dropped
 * and rebuilt), in the order they were written
 */
public record ImportReport(List<FileReport> files, List<PhaseReport> phases, List<String> bulkTables, Duration took) {

	public long lines() {
		return this.files.stream().mapToLong(FileReport::lines).sum();
	}

	public long rejected() {
		return this.files.stream().mapToLong(FileReport::rejected).sum();
	}

}
