package dev.marquee.imports.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.marquee.imports.Dataset;
import dev.marquee.imports.SyntheticDatasets;

/**
 * {@code generate imdb --dir DIR --titles N [--seed S] [--malformed-rate R] [--first-id I]
 * [--plain]}: writes a synthetic IMDb dataset. Needs no database.
 */
final class GenerateCommand {

	static final String USAGE = "generate imdb --dir DIR --titles N [--seed S] [--malformed-rate R] [--first-id I] [--plain]";

	private GenerateCommand() {
	}

	static int run(List<String> args, PrintStream out) throws IOException {
		Arguments arguments = new Arguments(args, Set.of("dir", "titles", "seed", "malformed-rate", "first-id"),
				Set.of("plain"));
		SyntheticDatasets.Options options = new SyntheticDatasets.Options(Path.of(arguments.required("dir")),
				Math.toIntExact(arguments.number("titles", 1000)), arguments.number("seed", 42),
				arguments.decimal("malformed-rate", 0), !arguments.flag("plain"), arguments.number("first-id", 1));
		long started = System.nanoTime();
		Map<Dataset, Long> lines = SyntheticDatasets.generate(options);
		lines.forEach((dataset, count) -> out.printf("%-18s %,12d lines%n", dataset.baseName(), count));
		out.printf("Wrote %,d lines in %s in %.1f s%n", lines.values().stream().mapToLong(Long::longValue).sum(),
				options.directory().toAbsolutePath(), (System.nanoTime() - started) / 1e9);
		return 0;
	}

}
