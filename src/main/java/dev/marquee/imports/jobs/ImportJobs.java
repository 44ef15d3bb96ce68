package dev.marquee.imports.jobs;

import java.io.CharConversionException;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.ZipException;

import dev.marquee.imports.ImdbImporter;
import dev.marquee.imports.ImportBusyException;
import dev.marquee.imports.ImportFile;
import dev.marquee.imports.ImportLock;
import dev.marquee.imports.ImportOptions;
import dev.marquee.imports.ImportRefusedException;
import dev.marquee.support.web.ApiException;
import dev.marquee.support.web.ProblemType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Starts import jobs and runs them, one at a time, on a thread of their own. A job takes
 * the import lock before it is accepted (so a busy database answers 409 at once, before
 * an upload is received) and holds it until it ends.
 */
@Service
class ImportJobs implements DisposableBean {

	static final String INTERRUPTED = "Interrupted: the server stopped while this import was queued or running. "
			+ "Start it again: it ends where an uninterrupted import would have.";

	private static final Logger logger = LoggerFactory.getLogger(ImportJobs.class);

	private static final int LISTED = 20;

	private final ImdbImporter importer;

	private final ImportJobStore store;

	private final ImportJobProperties properties;

	private final ExecutorService executor = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "import-job");
		thread.setDaemon(true);
		return thread;
	});

	ImportJobs(ImdbImporter importer, ImportJobStore store, ImportJobProperties properties) {
		this.importer = importer;
		this.store = store;
		this.properties = properties;
	}

	ImportDirectories directories() {
		return new ImportDirectories(this.properties.allowedDirectories());
	}

	Path uploads() {
		return this.properties.uploads();
	}

	/**
	 * Accepts a job: takes the lock, opens the source, checks every file's header, and
	 * hands the job to the import thread.
	 * @return the job as accepted (queued)
	 */
	ImportJobView start(ImportSource source) {
		ImportLock lock = lock();
		try {
			this.store.failUnfinished(INTERRUPTED);
			Path directory = source.open();
			List<ImportFile> files;
			try {
				files = ImdbImporter.check(directory);
			}
			catch (ImportRefusedException ex) {
				throw new ApiException(ProblemType.IMPORT_REFUSED, ex.getMessage());
			}
			long id = this.store.create(source.kind(), source.directory(), source.deleteMissing(),
					new JobProgressSnapshot(JobProgress.waiting(files), List.of(), List.of()));
			ImportJobView accepted = view(id);
			this.executor.execute(() -> run(id, lock, source, directory, files));
			return accepted;
		}
		catch (IOException | RuntimeException ex) {
			release(lock);
			source.close();
			if (ex instanceof IOException io) {
				throw new java.io.UncheckedIOException(io);
			}
			throw (RuntimeException) ex;
		}
	}

	ImportJobView view(long id) {
		return this.store.find(id).orElseThrow(() -> ImportJobNotFoundException.forId(id));
	}

	List<ImportJobView> recent() {
		return this.store.recent(LISTED);
	}

	private void run(long id, ImportLock lock, ImportSource source, Path directory, List<ImportFile> files) {
		JobProgress progress = new JobProgress(id, this.store, files);
		String error = null;
		try {
			this.store.started(id);
			this.importer.run(lock, new ImportOptions(directory, source.deleteMissing()), progress);
		}
		catch (Exception ex) {
			logger.error("Import job {} failed", id, ex);
			error = failure(id, ex);
		}
		finally {
			release(lock);
			source.close();
		}
		try {
			this.store.finished(id, progress.snapshot(), error);
		}
		catch (RuntimeException ex) {
			logger.error("Could not record the end of import job {}", id, ex);
		}
	}

	/**
	 * What the job's answer says of a failure: what the admin can act on, never a path or
	 * the server's internals (the log has those).
	 */
	static String failure(long id, Exception ex) {
		if (ex instanceof ImportRefusedException) {
			return ex.getMessage();
		}
		if (ex instanceof ZipException || ex instanceof EOFException || ex instanceof CharacterCodingException
				|| ex instanceof CharConversionException) {
			return "A file could not be read to its end (" + ex.getMessage()
					+ "): is it complete? Nothing of it was merged.";
		}
		String where = (ex instanceof SQLException) ? "in the database" : "on the server";
		return "The import failed " + where + "; the server log has the details (import job " + id + ").";
	}

	private ImportLock lock() {
		try {
			return this.importer.lock();
		}
		catch (ImportBusyException ex) {
			throw new ApiException(ProblemType.IMPORT_RUNNING, ex.getMessage());
		}
		catch (SQLException ex) {
			throw new org.springframework.dao.DataAccessResourceFailureException("Could not take the import lock", ex);
		}
	}

	private static void release(ImportLock lock) {
		try {
			lock.close();
		}
		catch (SQLException ex) {
			logger.warn("Could not release the import lock", ex);
		}
	}

	/**
	 * Jobs left queued or running by a server that died are marked failed, unless an
	 * import (from another process) is running now. (Their uploaded files, if any, stay
	 * in the upload directory, which the system's temporary-file cleaning removes.)
	 */
	@EventListener(ApplicationReadyEvent.class)
	void failInterruptedJobs() {
		try (ImportLock lock = this.importer.lock()) {
			int failed = this.store.failUnfinished(INTERRUPTED);
			if (failed > 0) {
				logger.warn("Marked {} interrupted import job(s) failed", failed);
			}
		}
		catch (ImportBusyException ex) {
			logger.info("An import is running on this database; its job is left as it is");
		}
		catch (SQLException ex) {
			logger.warn("Could not check for interrupted import jobs", ex);
		}
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

}
