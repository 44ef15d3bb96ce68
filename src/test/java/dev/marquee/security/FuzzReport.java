package dev.marquee.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.marquee.security.ApiClient.Answer;
import dev.marquee.security.ApiClient.Request;

/**
 * Counts what the fuzzer sent and what came back, per category, and keeps one example of
 * each distinct violation. Printed after the run and written to
 * {@code target/reliability/fuzz.txt} for {@code docs/reliability.md}.
 */
final class FuzzReport {

	private final Map<String, Map<Integer, Integer>> statuses = new TreeMap<>();

	private final Map<String, String> violations = new LinkedHashMap<>();

	private int refusedThatMustBe;

	private int mustBeRefused;

	private final Map<String, Long> nanos = new TreeMap<>();

	synchronized void time(String category, long elapsed) {
		this.nanos.merge(category, elapsed, Long::sum);
	}

	synchronized void count(String category, Answer answer, boolean refusalRequired) {
		this.statuses.computeIfAbsent(category, (key) -> new TreeMap<>()).merge(answer.status(), 1, Integer::sum);
		if (refusalRequired) {
			this.mustBeRefused++;
			if (answer.status() >= 400) {
				this.refusedThatMustBe++;
			}
		}
	}

	synchronized void violation(String category, String what, Request request, Answer answer) {
		String key = category + ": " + what;
		this.violations.putIfAbsent(key, key + "\n    request: " + abbreviate(request.toString()) + "\n    answer:  "
				+ answer.status() + " " + abbreviate(answer.body()));
	}

	synchronized List<String> violations() {
		return new ArrayList<>(this.violations.values());
	}

	/**
	 * Appends the violations to {@code target/reliability/fuzz-violations.txt}, where
	 * they can be read whole.
	 */
	synchronized void saveViolations() {
		if (this.violations.isEmpty()) {
			return;
		}
		try {
			Path file = Path.of("target", "reliability", "fuzz-violations.txt");
			Files.createDirectories(file.getParent());
			// getBytes, not writeString: a lone surrogate the fuzzer sent becomes '?'
			Files.write(file, (String.join("\n", this.violations.values()) + "\n").getBytes(StandardCharsets.UTF_8),
					StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	synchronized void clearViolations() {
		this.violations.clear();
	}

	synchronized int total() {
		return this.statuses.values().stream().flatMap((m) -> m.values().stream()).mapToInt(Integer::intValue).sum();
	}

	synchronized int serverErrors() {
		return this.statuses.values()
			.stream()
			.flatMap((m) -> m.entrySet().stream())
			.filter((e) -> e.getKey() >= 500)
			.mapToInt(Map.Entry::getValue)
			.sum();
	}

	synchronized String summary() {
		StringBuilder text = new StringBuilder("Bad-input fuzzing (jqwik, driven by /v3/api-docs)\n");
		text.append("%-28s %8s %7s  %s%n".formatted("category", "requests", "seconds", "statuses"));
		this.statuses.forEach((category,
				counts) -> text.append("%-28s %8d %7.1f  %s%n".formatted(category,
						counts.values().stream().mapToInt(Integer::intValue).sum(),
						this.nanos.getOrDefault(category, 0L) / 1e9, counts)));
		text.append("%-28s %8d  5xx: %d%n".formatted("total", total(), serverErrors()));
		text.append("requests that had to be refused: %d, refused: %d%n".formatted(this.mustBeRefused,
				this.refusedThatMustBe));
		text.append("distinct violations: ").append(this.violations.size()).append('\n');
		return text.toString();
	}

	void write() {
		String summary = summary();
		System.out.println(summary);
		try {
			Path file = Path.of("target", "reliability", "fuzz.txt");
			Files.createDirectories(file.getParent());
			Files.writeString(file, summary, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String abbreviate(String text) {
		return (text.length() > 400) ? text.substring(0, 400) + "…(" + text.length() + " chars)" : text;
	}

}
