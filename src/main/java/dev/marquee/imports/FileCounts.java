package dev.marquee.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The running counts of one file being read.
 */
final class FileCounts {

	static final int REJECT_SAMPLE = 20;

	long lines;

	long loaded;

	long rejected;

	/** Lines of key groups that had not changed since the last import, not staged. */
	long unchangedLines;

	long unchangedGroups;

	/** Values set to null, of every kind. */
	long adjustedValues;

	final Map<String, Long> adjustments = new LinkedHashMap<>();

	final List<Reject> rejects = new ArrayList<>();

	void adjusted(String kind) {
		this.adjustments.merge(kind, 1L, Long::sum);
		this.adjustedValues++;
	}

	void reject(String file, long line, String reason, String text) {
		this.rejected++;
		if (this.rejects.size() < REJECT_SAMPLE) {
			this.rejects.add(new Reject(file, line, reason, DatasetFiles.abbreviate(text, 300)));
		}
	}

}
