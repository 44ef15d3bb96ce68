package dev.marquee.imports;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Everything an import did: each file read and each merge applied.
 *
 * @param id the import's id, the source of its entries in the change feed
 * @param bulkTables the tables written in bulk (their indexes and foreign keys dropped
 * and rebuilt), in the order they were written
 */
public record ImportReport(UUID id, List<FileReport> files, List<PhaseReport> phases, List<String> bulkTables,
		Duration took) {

	public long lines() {
		return this.files.stream().mapToLong(FileReport::lines).sum();
	}

	/**
	 * Lines unchanged since the last import, neither checked nor staged.
	 */
	public long unchanged() {
		return this.files.stream().mapToLong(FileReport::unchanged).sum();
	}

	public long rejected() {
		return this.files.stream().mapToLong(FileReport::rejected).sum();
	}

}
