package dev.marquee.imports.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import dev.marquee.support.db.EmbeddedDatabaseInUseException;
import org.jspecify.annotations.Nullable;

/**
 * Entry point of the jar's commands other than serving: {@code import imdb ...},
 * {@code generate imdb ...} and {@code --help}. {@code MarqueeApplication.main} hands
 * over when the first argument names one of them.
 */
public final class ImportsCommandLine {

	private static final Set<String> HELP = Set.of("--help", "-h", "help");

	static final String HELP_TEXT = """
			Marquee: a REST API for film metadata, served from PostgreSQL.

			usage: java -jar marquee.jar [--server.port=8080] [--spring.datasource.url=jdbc:postgresql://...]
			       java -jar marquee.jar %s
			       java -jar marquee.jar %s
			       java -jar marquee.jar --help

			With no command, serves the API (Swagger UI at /swagger-ui.html) on an embedded PostgreSQL in
			./data/postgres, or on the server SPRING_DATASOURCE_URL names. Every setting is an environment
			variable or a --name=value argument (docs/operations.md).

			import imdb   Imports IMDb's dataset files (name.basics.tsv.gz, title.basics.tsv.gz, ...) found in
			              DIR into the database the server uses, and exits. A re-run of the same files changes
			              nothing. While a server holds the embedded database, import through it instead:
			              POST /api/v1/admin/imports (docs/importing.md).
			  --dir DIR           the folder holding the files (any of IMDb's seven; .tsv.gz or .tsv)
			  --delete-missing    also delete the titles and people the files no longer hold
			  --bulk MODE         auto (the default): rewrite a table whole when most of it changes;
			                      always; never (every change merged row by row)

			generate imdb Writes a synthetic dataset in IMDb's format and proportions, for trying and
			              benchmarking the import without downloading IMDb's files. Needs no database.
			  --dir DIR           where to write the files
			  --titles N          how many titles (1000 unless given), or
			  --scale imdb        IMDb's own size (12.3 M titles)
			  --seed S            the random seed (42): the same seed writes the same files
			  --malformed-rate R  the share of lines written broken, to try the import's refusals (0)
			  --first-id I        the first title's number (1)
			  --day D             the same snapshot D days later (0-365): about 0.5 %% of lines changed a day
			  --plain             .tsv instead of .tsv.gz
			  --stats             count the distinct title words and names written

			Exit status: 0 done, 1 failed, 2 refused (bad usage, or a file that is not what its name says).
			""".formatted(ImportCommand.USAGE, GenerateCommand.USAGE);

	private ImportsCommandLine() {
	}

	public static boolean handles(String[] args) {
		return args.length > 0 && (args[0].equals("import") || args[0].equals("generate") || HELP.contains(args[0]));
	}

	/**
	 * Runs the command and answers the process exit status: 0 done, 1 failed, 2 refused
	 * (bad usage, a file that is not what its name says).
	 */
	public static int run(String[] args, Class<?> application) {
		return run(args, application, System.out, System.err);
	}

	static int run(String[] args, Class<?> application, PrintStream out, PrintStream err) {
		List<String> words = Arrays.asList(args);
		if (words.stream().anyMatch(HELP::contains)) {
			out.print(HELP_TEXT);
			return 0;
		}
		try {
			if (words.size() < 2 || !words.get(1).equals("imdb")) {
				throw new Arguments.UsageException("the only dataset kind is 'imdb'");
			}
			List<String> options = words.subList(2, words.size());
			return words.get(0).equals("generate") ? GenerateCommand.run(options, out)
					: ImportCommand.run(options, application, out, err);
		}
		catch (Arguments.UsageException ex) {
			err.println("marquee: " + ex.getMessage());
			err.println("usage: java -jar marquee.jar " + ImportCommand.USAGE);
			err.println("       java -jar marquee.jar " + GenerateCommand.USAGE);
			err.println("       java -jar marquee.jar --help");
			return 2;
		}
		catch (Exception ex) {
			EmbeddedDatabaseInUseException inUse = cause(ex, EmbeddedDatabaseInUseException.class);
			if (inUse != null) {
				err.println("marquee: " + inUse.getMessage() + ". Stop it first, or import through the running "
						+ "server: POST /api/v1/admin/imports (docs/importing.md).");
				return 1;
			}
			err.println("marquee: failed: " + ex);
			return 1;
		}
	}

	private static <T extends Throwable> @Nullable T cause(Throwable failure, Class<T> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

}
