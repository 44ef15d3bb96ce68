package dev.marquee.imports.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.marquee.imports.Dataset;
import dev.marquee.imports.FileReport;
import dev.marquee.imports.ImdbImporter;
import dev.marquee.imports.ImportBusyException;
import dev.marquee.imports.ImportFile;
import dev.marquee.imports.ImportOptions;
import dev.marquee.imports.ImportRefusedException;
import dev.marquee.imports.ImportReport;
import dev.marquee.imports.Reject;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code import imdb --dir DIR [--delete-missing]}: imports every dataset file in DIR
 * into the database the server would use (the embedded one in {@code ./data} unless
 * {@code SPRING_DATASOURCE_URL} names another), in a Spring context without a web server.
 */
final class ImportCommand {

	static final String USAGE = "import imdb --dir DIR [--delete-missing] [--bulk auto|always|never]";

	private static final int REJECTS_SHOWN = 5;

	private ImportCommand() {
	}

	static int run(List<String> args, Class<?> application, PrintStream out, PrintStream err) throws Exception {
		Arguments arguments = new Arguments(args, Set.of("dir", "bulk"), Set.of("delete-missing"));
		ImportOptions options = new ImportOptions(Path.of(arguments.required("dir")), arguments.flag("delete-missing"),
				bulk(arguments.value("bulk")));
		List<Dataset> datasets;
		try {
			// refused before any database starts: a wrong header, no dataset file
			datasets = ImdbImporter.check(options.directory()).stream().map(ImportFile::dataset).toList();
		}
		catch (ImportRefusedException ex) {
			err.println("marquee: " + options.directory().toAbsolutePath() + ": " + ex.getMessage());
			return 2;
		}
		out.printf("Importing %s from %s%s%n", datasets.stream().map(Dataset::baseName).toList(),
				options.directory().toAbsolutePath(),
				options.deleteMissing() ? " (titles absent from it will be deleted)" : "");
		SpringApplication spring = new SpringApplication(application);
		spring.setWebApplicationType(WebApplicationType.NONE);
		spring.setBannerMode(Banner.Mode.OFF);
		spring.setLogStartupInfo(false);
		// The import fills the catalogue; the demo film is for an empty one. Quiet logs:
		// the bars say it all.
		// A start-up failure (the embedded database in use) is said in one line by
		// ImportsCommandLine, not by the context's warning and Spring Boot's report.
		spring.setDefaultProperties(Map.of("marquee.demo-data.enabled", "false", "logging.level.root", "WARN",
				"logging.level.dev.marquee", "INFO", "logging.level.dev.marquee.imports", "WARN",
				"logging.level.org.springframework.context", "ERROR",
				"logging.level.org.springframework.boot.diagnostics", "OFF"));
		try (ConfigurableApplicationContext context = spring.run()) {
			ImportReport report = context.getBean(ImdbImporter.class).run(options, new ConsoleProgress(out));
			summary(report, out);
			return 0;
		}
		catch (ImportRefusedException | ImportBusyException ex) {
			err.println("marquee: " + ex.getMessage());
			return (ex instanceof ImportRefusedException) ? 2 : 1;
		}
	}

	private static ImportOptions.Bulk bulk(@Nullable String value) {
		if (value == null) {
			return ImportOptions.Bulk.AUTO;
		}
		return switch (value) {
			case "auto" -> ImportOptions.Bulk.AUTO;
			case "always" -> ImportOptions.Bulk.ALWAYS;
			case "never" -> ImportOptions.Bulk.NEVER;
			default -> throw new Arguments.UsageException("--bulk must be auto, always or never, not '" + value + "'");
		};
	}

	private static void summary(ImportReport report, PrintStream out) {
		out.println();
		out.printf("%-26s %14s %14s %14s %10s %12s%n", "file", "lines", "unchanged", "loaded", "rejected", "lines/s");
		for (FileReport file : report.files()) {
			out.printf("%-26s %,14d %,14d %,14d %,10d %,12.0f%n", file.file(), file.lines(), file.unchanged(),
					file.loaded(), file.rejected(), file.linesPerSecond());
			file.adjustments().forEach((kind, count) -> out.printf("    %,d × %s%n", count, kind));
			file.rejects()
				.stream()
				.limit(REJECTS_SHOWN)
				.forEach((Reject reject) -> out.printf("    line %,d: %s%n", reject.line(), reject.reason()));
			if (file.rejected() > REJECTS_SHOWN) {
				out.printf("    ... and %,d more rejected lines%n", file.rejected() - REJECTS_SHOWN);
			}
		}
		if (!report.bulkTables().isEmpty()) {
			out.printf("%nWritten in bulk (indexes and foreign keys rebuilt): %s%n",
					String.join(", ", report.bulkTables()));
		}
		out.printf(
				"%nChange feed: the films and people it created, updated or deleted have source import, importId %s%n",
				report.id());
		double seconds = report.took().toNanos() / 1e9;
		out.printf("%nImported %,d lines (%,d rejected) in %.1f s: %,.0f lines/s overall.%n", report.lines(),
				report.rejected(), seconds, report.lines() / Math.max(1e-9, seconds));
		if (report.unchanged() > 0) {
			out.printf("%,d of them unchanged since the last import: compared, not staged.%n", report.unchanged());
		}
	}

}
