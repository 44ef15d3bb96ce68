package dev.marquee.imports;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * How one file was read into staging.
 *
 * @param lines data lines read (the header excluded)
 * @param loaded lines that passed validation and were staged
 * @param rejected lines skipped as malformed
 * @param unchanged lines of key groups unchanged since the last import, neither checked
 * nor staged (a refresh against the last import's baseline)
 * @param unchangedGroups those key groups (titles, people)
 * @param adjustments values set to null because the schema refuses them (a year out of
 * range, a region code that is not one), by kind
 * @param rejects the first rejected lines, a bounded sample
 */
public record FileReport(Dataset dataset, String file, long bytes, long lines, long loaded, long rejected,
		long unchanged, long unchangedGroups, Map<String, Long> adjustments, List<Reject> rejects, Duration took) {

	public double linesPerSecond() {
		return this.lines / Math.max(1e-9, this.took.toNanos() / 1e9);
	}

}
