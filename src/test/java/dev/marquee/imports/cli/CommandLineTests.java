package dev.marquee.imports.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.marquee.MarqueeApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar's commands as a user types them: {@code --help} prints every command's usage
 * instead of starting the server, and an import while another Marquee holds the embedded
 * database says so in one line, in a process of its own.
 */
class CommandLineTests {

	@Test
	void helpPrintsEveryCommandAndOptionWhereverItIsAsked() {
		for (String[] args : List.of(new String[] { "--help" }, new String[] { "-h" }, new String[] { "help" },
				new String[] { "import", "--help" }, new String[] { "import", "imdb", "--help" },
				new String[] { "generate", "imdb", "--dir", "x", "-h" })) {
			assertThat(ImportsCommandLine.handles(args)).as(String.join(" ", args)).isTrue();
			Run run = run(args);
			assertThat(run.status()).isZero();
			assertThat(run.err()).isEmpty();
			assertThat(run.out()).isEqualTo(ImportsCommandLine.HELP_TEXT);
		}
		// every option the commands accept is explained
		for (String option : List.of("--dir DIR", "--delete-missing", "--bulk MODE", "--titles N", "--scale imdb",
				"--seed S", "--malformed-rate R", "--first-id I", "--day D", "--plain", "--stats")) {
			assertThat(ImportsCommandLine.HELP_TEXT)
				.containsPattern("(?m)^  " + java.util.regex.Pattern.quote(option) + " +\\S");
		}
		assertThat(ImportsCommandLine.HELP_TEXT).startsWith("Marquee: a REST API for film metadata")
			.contains("usage: java -jar marquee.jar [--server.port=8080]")
			.contains("java -jar marquee.jar " + ImportCommand.USAGE)
			.contains("java -jar marquee.jar " + GenerateCommand.USAGE)
			.contains("POST /api/v1/admin/imports");
	}

	@Test
	void badUsageNamesTheMistakeAndPointsToHelp() {
		Run run = run(new String[] { "import", "tmdb" });

		assertThat(run.status()).isEqualTo(2);
		assertThat(run.out()).isEmpty();
		assertThat(run.err()).isEqualTo("""
				marquee: the only dataset kind is 'imdb'
				usage: java -jar marquee.jar %s
				       java -jar marquee.jar %s
				       java -jar marquee.jar --help
				""".formatted(ImportCommand.USAGE, GenerateCommand.USAGE));
	}

	@Test
	void anImportWhileAnotherMarqueeHoldsTheEmbeddedDatabaseSaysSoInOneLine(@TempDir Path dir) throws Exception {
		// a data directory as a running server's: initialised (its version and
		// configuration files) and locked (zonky's lock file)
		Path data = Files.createDirectories(dir.resolve("postgres"));
		Files.writeString(data.resolve("PG_VERSION"), "17\n");
		Files.writeString(data.resolve("postgresql.conf"), "");
		Path files = dir.resolve("files");
		GenerateCommand.run(List.of("--dir", files.toString(), "--titles", "20"),
				new PrintStream(OutputStream.nullOutputStream()));
		try (FileChannel channel = FileChannel.open(data.resolve("epg-lock"), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
			ProcessBuilder builder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
					System.getProperty("java.class.path"), MarqueeApplication.class.getName(), "import", "imdb",
					"--dir", files.toString());
			builder.environment().put("MARQUEE_EMBEDDED_POSTGRES_DATA_DIRECTORY", data.toString());
			builder.environment().remove("SPRING_DATASOURCE_URL");
			Path out = dir.resolve("out.txt");
			Path err = dir.resolve("err.txt");
			Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
			assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();

			assertThat(process.exitValue()).isEqualTo(1);
			assertThat(Files.readString(err)).isEqualTo("marquee: The embedded database in " + data
					+ " is in use by another Marquee (a server or an import running from this directory). "
					+ "Stop it first, or import through the running server: POST /api/v1/admin/imports "
					+ "(docs/importing.md).\n");
			assertThat(Files.readString(out)).isEqualTo("Importing [name.basics, title.basics, title.episode, "
					+ "title.ratings, title.akas, title.crew, title.principals] from " + files + "\n");
		}
	}

	private static Run run(String[] args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = ImportsCommandLine.run(args, MarqueeApplication.class,
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private record Run(int status, String out, String err) {
	}

}
