package dev.marquee.imports;

import java.time.Duration;
import java.util.Map;

/**
 * One merge from staging into the real tables (one transaction) and what it counted: rows
 * inserted, updated, unchanged, references that name nothing known, and so on.
 */
public record PhaseReport(String name, Map<String, Long> counts, Duration took) {
}
