package dev.marquee.imports.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.marquee.imports.Dataset;
import dev.marquee.imports.SyntheticDatasets;
import dev.marquee.imports.SyntheticStatistics;

/**
 * {@code generate imdb --dir DIR (--titles N | --scale imdb) [--seed S] [--malformed-rate R]
 * [--first-id I] [--day D] [--plain] [--stats]}: writes a synthetic IMDb dataset in
 * IMDb's proportions; {@code --scale imdb} is IMDb's own size (12.3 M titles),
 * {@code --day D} the same snapshot D days later (day 1 is the next day's files: about
 * 0.5 % of lines changed, 0.1 % added, 0.05 % removed), {@code --stats} reads the files
 * back and prints how many distinct title words and names they hold. Needs no database.
 */
final class GenerateCommand {

	static final String USAGE = "generate imdb --dir DIR (--titles N | --scale imdb) [--seed S] [--malformed-rate R] [--first-id I] [--day D] [--plain] [--stats]";

	private GenerateCommand() {
	}

	static int run(List<String> args, PrintStream out) throws IOException {
		Arguments arguments = new Arguments(args,
				Set.of("dir", "titles", "scale", "seed", "malformed-rate", "first-id", "day"),
				Set.of("plain", "stats"));
		SyntheticDatasets.Options options = new SyntheticDatasets.Options(Path.of(arguments.required("dir")),
				titles(arguments), arguments.number("seed", 42), arguments.decimal("malformed-rate", 0),
				!arguments.flag("plain"), arguments.number("first-id", 1), day(arguments));
		long started = System.nanoTime();
		Map<Dataset, Long> lines = SyntheticDatasets.generate(options);
		double seconds = (System.nanoTime() - started) / 1e9;
		long total = lines.values().stream().mapToLong(Long::longValue).sum();
		lines.forEach((dataset, count) -> out.printf("%-18s %,12d lines%n", dataset.baseName(), count));
		out.printf("Wrote %,d lines in %s in %.1f s (%,.0f lines/s)%n", total, options.directory().toAbsolutePath(),
				seconds, total / seconds);
		if (arguments.flag("stats")) {
			SyntheticStatistics statistics = SyntheticStatistics.of(options.directory());
			out.printf("Distinct folded title words %,d; distinct names %,d%n", statistics.titleWords(),
					statistics.names());
		}
		return 0;
	}

	private static int day(Arguments arguments) {
		long day = arguments.number("day", 0);
		if (day < 0 || day > 365) {
			throw new Arguments.UsageException(
					"--day is 0 (the snapshot) to 365 (a year of days after it), not " + day);
		}
		return (int) day;
	}

	private static int titles(Arguments arguments) {
		String scale = arguments.value("scale");
		if (scale == null) {
			return Math.toIntExact(arguments.number("titles", 1000));
		}
		if (!scale.equals("imdb")) {
			throw new Arguments.UsageException("--scale is 'imdb' (IMDb's 12.3 M titles), not '" + scale + "'");
		}
		if (arguments.value("titles") != null) {
			throw new Arguments.UsageException("--scale and --titles both set the number of titles: give one");
		}
		return SyntheticDatasets.IMDB_TITLES;
	}

}
