package dev.marquee.imports;

import java.time.Duration;
import java.util.List;

/**
 * Everything an import did: each file read and each merge applied.
 */
public record ImportReport(List<FileReport> files, List<PhaseReport> phases, Duration took) {

	public long lines() {
		return this.files.stream().mapToLong(FileReport::lines).sum();
	}

	public long rejected() {
		return this.files.stream().mapToLong(FileReport::rejected).sum();
	}

}
