package dev.marquee.imports.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;

import dev.marquee.imports.Dataset;
import dev.marquee.imports.FileReport;
import dev.marquee.imports.ImportListener;
import dev.marquee.imports.PhaseReport;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jspecify.annotations.Nullable;

/**
 * A progress bar per file (bytes of the file read, so the ETA holds for gzipped files
 * too; rows and rows/s alongside), then one line per merge, and one per bulk write.
 */
final class ConsoleProgress implements ImportListener {

	private final PrintStream out;

	private String phase = "";

	private @Nullable ProgressBar bar;

	private long fileStarted;

	ConsoleProgress(PrintStream out) {
		this.out = out;
	}

	@Override
	public void fileStarted(Dataset dataset, Path file, long bytes) {
		this.fileStarted = System.nanoTime();
		this.bar = new ProgressBarBuilder().setTaskName(String.format("%-16s", dataset.baseName()))
			.setInitialMax(Math.max(1, bytes))
			.setUnit((bytes < 20_000_000) ? " kB" : " MB", (bytes < 20_000_000) ? 1_000 : 1_000_000)
			.setStyle(ProgressBarStyle.ASCII)
			.setUpdateIntervalMillis(250)
			.setMaxRenderedLength(120)
			.setConsumer(new ConsoleProgressBarConsumer(this.out))
			.build();
	}

	@Override
	public void fileProgress(Dataset dataset, long bytesRead, long lines) {
		ProgressBar bar = this.bar;
		if (bar != null) {
			bar.stepTo(Math.min(bytesRead, bar.getMax()));
			double seconds = Math.max(1e-3, (System.nanoTime() - this.fileStarted) / 1e9);
			bar.setExtraMessage(String.format("%,d rows, %,.0f rows/s", lines, lines / seconds));
		}
	}

	@Override
	public void fileLoaded(FileReport report) {
		ProgressBar bar = this.bar;
		if (bar != null) {
			bar.stepTo(bar.getMax());
			bar.setExtraMessage(String.format("%,d rows, %,.0f rows/s, %,d rejected", report.lines(),
					report.linesPerSecond(), report.rejected()));
			bar.close();
			this.bar = null;
		}
	}

	@Override
	public void bulkStarted(String table, int indexes, int foreignKeys) {
		this.out.printf("bulk write into %s: %d indexes and %d foreign keys dropped until its merges are done%n", table,
				indexes, foreignKeys);
	}

	@Override
	public void bulkFinished(String table, Duration took) {
		this.out.printf("merging %s: indexes and foreign keys rebuilt ... %.1f s%n", table, took.toNanos() / 1e9);
	}

	@Override
	public void phaseStarted(String phase) {
		this.phase = phase;
		this.out.printf("%s %s ... ", phase.startsWith("changes") ? "comparing" : "merging", phase);
		this.out.flush();
	}

	@Override
	public void phaseFinished(PhaseReport report) {
		// A phase may end under a longer name that says how it went.
		String outcome = report.name().equals(this.phase) ? "" : report.name().substring(this.phase.length()) + " ";
		this.out.printf("%s%.1f s: %s%n", outcome, report.took().toNanos() / 1e9,
				report.counts()
					.entrySet()
					.stream()
					.map((entry) -> String.format("%s %,d", entry.getKey(), entry.getValue()))
					.collect(Collectors.joining(", ")));
	}

}
