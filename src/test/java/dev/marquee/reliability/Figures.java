package dev.marquee.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The figures a reliability test measured, printed and appended to
 * {@code target/reliability-figures.txt} so that docs/reliability.md can quote a real
 * run. Timings are reported, never asserted.
 */
final class Figures {

	private static final Path FILE = Path.of("target", "reliability-figures.txt");

	private final String test;

	private final Map<String, Object> values = new LinkedHashMap<>();

	Figures(String test) {
		this.test = test;
	}

	Figures put(String name, Object value) {
		this.values.put(name, (value instanceof Duration duration) ? duration.toMillis() + " ms" : value);
		return this;
	}

	void report() {
		String line = this.test + ": "
				+ this.values.entrySet()
					.stream()
					.map((entry) -> entry.getKey() + "=" + entry.getValue())
					.collect(Collectors.joining(", "));
		System.out.println("RELIABILITY " + line);
		try {
			Files.createDirectories(FILE.getParent());
			Files.writeString(FILE, line + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
