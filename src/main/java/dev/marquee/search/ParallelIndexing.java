package dev.marquee.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.lucene.index.IndexWriter;

/**
 * Adds the documents of a rebuild to its {@link IndexWriter} from as many threads as the
 * machine has cores. Building a document (folding each text, cutting its words and
 * prefixes) and inverting it are most of a rebuild's work in Java, and an
 * {@code IndexWriter} is made to be fed from several threads (each gets its own in-memory
 * segment). The reading thread hands over batches; when every thread is busy and the
 * queue is full it indexes the batch itself, which bounds the memory held and paces the
 * read.
 */
final class ParallelIndexing {

	private static final int BATCH = 1_000;

	private final IndexWriter writer;

	private final ThreadPoolExecutor workers;

	private final AtomicReference<Throwable> failure = new AtomicReference<>();

	private List<Searchable> batch = new ArrayList<>(BATCH);

	ParallelIndexing(IndexWriter writer, int threads) {
		this.writer = writer;
		this.workers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(threads),
				(task) -> {
					Thread thread = new Thread(task, "search-index-rebuild-worker");
					thread.setDaemon(true);
					return thread;
				}, new ThreadPoolExecutor.CallerRunsPolicy());
	}

	void add(Searchable searchable) {
		this.batch.add(searchable);
		if (this.batch.size() == BATCH) {
			handOver();
		}
	}

	/**
	 * Waits until every document handed over is in the writer, and throws what failed.
	 */
	void finish() throws IOException, InterruptedException {
		try {
			handOver();
			this.workers.shutdown();
			while (!this.workers.awaitTermination(1, TimeUnit.SECONDS)) {
				rethrow();
			}
			rethrow();
		}
		finally {
			this.workers.shutdownNow();
		}
	}

	/**
	 * Stops the threads after a failure elsewhere; what they were adding is rolled back
	 * with the writer.
	 */
	void abandon() {
		this.workers.shutdownNow();
	}

	private void handOver() {
		rethrow();
		if (this.batch.isEmpty()) {
			return;
		}
		List<Searchable> documents = this.batch;
		this.batch = new ArrayList<>(BATCH);
		this.workers.execute(() -> {
			if (this.failure.get() != null) {
				return;
			}
			try {
				for (Searchable searchable : documents) {
					this.writer.addDocument(searchable.document());
				}
			}
			catch (IOException | RuntimeException ex) {
				this.failure.compareAndSet(null, ex);
			}
		});
	}

	private void rethrow() {
		Throwable failed = this.failure.get();
		if (failed instanceof IOException io) {
			throw new UncheckedIOException(io);
		}
		if (failed instanceof RuntimeException runtime) {
			throw runtime;
		}
	}

}
