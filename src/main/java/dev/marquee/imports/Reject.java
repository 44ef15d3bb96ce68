package dev.marquee.imports;

/**
 * A line that was skipped: where it is, why, and (the start of) what it said.
 */
public record Reject(String file, long line, String reason, String text) {
}
