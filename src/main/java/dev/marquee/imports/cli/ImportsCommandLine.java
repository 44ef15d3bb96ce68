package dev.marquee.imports.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * Entry point of the jar's commands other than serving: {@code import imdb ...} and
 * {@code generate imdb ...}. {@code MarqueeApplication.main} hands over when the first
 * argument names one of them.
 */
public final class ImportsCommandLine {

	private ImportsCommandLine() {
	}

	public static boolean handles(String[] args) {
		return args.length > 0 && (args[0].equals("import") || args[0].equals("generate"));
	}

	/**
	 * Runs the command and answers the process exit status: 0 done, 1 failed, 2 refused
	 * (bad usage, a file that is not what its name says).
	 */
	public static int run(String[] args, Class<?> application) {
		PrintStream out = System.out;
		PrintStream err = System.err;
		List<String> words = Arrays.asList(args);
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
			return 2;
		}
		catch (Exception ex) {
			err.println("marquee: failed: " + ex);
			return 1;
		}
	}

}
