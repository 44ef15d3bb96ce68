package dev.marquee.imports.jobs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import dev.marquee.imports.Dataset;
import dev.marquee.imports.FileReport;
import dev.marquee.imports.ImportFile;
import dev.marquee.imports.ImportListener;
import dev.marquee.imports.PhaseReport;
import dev.marquee.imports.Reject;

/**
 * Follows a job's import and writes its progress to the job's row: at every file and
 * merge boundary, and while a file is read at most every {@link #SAVE_EVERY_NANOS}. Runs
 * on the importing thread only.
 */
final class JobProgress implements ImportListener {

	private static final long SAVE_EVERY_NANOS = 500_000_000L;

	private final long jobId;

	private final ImportJobStore store;

	private final List<ImportJobView.FileProgress> files = new ArrayList<>();

	private final List<ImportJobView.Phase> phases = new ArrayList<>();

	private final List<Reject> rejects = new ArrayList<>();

	private long fileStarted;

	private long lastSaved;

	JobProgress(long jobId, ImportJobStore store, List<ImportFile> files) {
		this.jobId = jobId;
		this.store = store;
		this.files.addAll(waiting(files));
	}

	static List<ImportJobView.FileProgress> waiting(List<ImportFile> files) {
		return files.stream()
			.map((file) -> new ImportJobView.FileProgress(file.name(), file.dataset().baseName(), "waiting",
					file.bytes(), 0, 0, null, 0, null, null))
			.toList();
	}

	JobProgressSnapshot snapshot() {
		return new JobProgressSnapshot(List.copyOf(this.files), List.copyOf(this.phases), List.copyOf(this.rejects));
	}

	@Override
	public void fileStarted(Dataset dataset, Path file, long bytes) {
		this.fileStarted = System.nanoTime();
		replace(dataset, (old) -> new ImportJobView.FileProgress(old.file(), old.dataset(), "reading", bytes, 0, 0,
				null, 0, null, null));
		save();
	}

	@Override
	public void fileProgress(Dataset dataset, long bytesRead, long lines) {
		long perSecond = Math.round(lines / Math.max(1e-3, (System.nanoTime() - this.fileStarted) / 1e9));
		replace(dataset, (old) -> new ImportJobView.FileProgress(old.file(), old.dataset(), old.state(), old.bytes(),
				bytesRead, lines, null, perSecond, null, null));
		if (System.nanoTime() - this.lastSaved >= SAVE_EVERY_NANOS) {
			save();
		}
	}

	@Override
	public void fileLoaded(FileReport report) {
		replace(report.dataset(),
				(old) -> new ImportJobView.FileProgress(old.file(), old.dataset(), "read", report.bytes(),
						report.bytes(), report.lines(), report.lines(), Math.round(report.linesPerSecond()),
						report.loaded(), report.rejected()));
		this.rejects.addAll(report.rejects());
		save();
	}

	@Override
	public void phaseStarted(String phase) {
		this.phases.add(new ImportJobView.Phase(phase, "running", new LinkedHashMap<>(), 0));
		save();
	}

	@Override
	public void phaseFinished(PhaseReport report) {
		this.phases.set(this.phases.size() - 1, new ImportJobView.Phase(report.name(), "done", report.counts(),
				Math.round(report.took().toMillis() / 100.0) / 10.0));
		save();
	}

	private void replace(Dataset dataset, java.util.function.UnaryOperator<ImportJobView.FileProgress> change) {
		for (int i = 0; i < this.files.size(); i++) {
			if (this.files.get(i).dataset().equals(dataset.baseName())) {
				this.files.set(i, change.apply(this.files.get(i)));
			}
		}
	}

	private void save() {
		this.lastSaved = System.nanoTime();
		this.store.progress(this.jobId, snapshot());
	}

}
