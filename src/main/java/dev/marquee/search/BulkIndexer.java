package dev.marquee.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.lucene.index.IndexWriter;

/**
 * Adds a rebuild's films and people to an {@link IndexWriter} from several threads. A
 * rebuild's time is almost all Lucene inverting each document's terms (reading the rows
 * is a few per cent), which one thread does on one core; the writer takes documents from
 * many threads at once, each into its own in-memory segment, and the index sort puts them
 * in order when they are written. The reader hands searchables over in batches; at most
 * two batches per thread wait, so memory stays bounded however large the catalogue.
 */
final class BulkIndexer implements AutoCloseable {

	static final int BATCH = 256;

	private final IndexWriter writer;

	private final ExecutorService threads;

	private final Semaphore waiting;

	private final AtomicReference<Throwable> failure = new AtomicReference<>();

	private List<Searchable> batch = new ArrayList<>(BATCH);

	BulkIndexer(IndexWriter writer, int threads) {
		this.writer = writer;
		AtomicInteger count = new AtomicInteger();
		this.threads = Executors.newFixedThreadPool(threads, (task) -> {
			Thread thread = new Thread(task, "search-index-build-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		this.waiting = new Semaphore(threads * 2);
	}

	/**
	 * Queues one searchable; throws what a thread failed with, so the reading stops.
	 */
	void add(Searchable searchable) throws IOException {
		this.batch.add(searchable);
		if (this.batch.size() == BATCH) {
			submit();
		}
	}

	/**
	 * Waits until every searchable added is in the writer, and throws what a thread
	 * failed with.
	 */
	void finish() throws IOException {
		if (!this.batch.isEmpty()) {
			submit();
		}
		this.threads.shutdown();
		try {
			while (!this.threads.awaitTermination(1, TimeUnit.MINUTES)) {
				rethrow();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while the search index was built", ex);
		}
		rethrow();
	}

	@Override
	public void close() {
		this.threads.shutdownNow();
	}

	private void submit() throws IOException {
		rethrow();
		List<Searchable> full = this.batch;
		this.batch = new ArrayList<>(BATCH);
		try {
			this.waiting.acquire();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while the search index was built", ex);
		}
		this.threads.execute(() -> {
			try {
				if (this.failure.get() == null) {
					for (Searchable searchable : full) {
						this.writer.addDocument(searchable.document());
					}
				}
			}
			catch (Throwable ex) {
				this.failure.compareAndSet(null, ex);
			}
			finally {
				this.waiting.release();
			}
		});
	}

	private void rethrow() throws IOException {
		Throwable failed = this.failure.get();
		if (failed instanceof IOException io) {
			throw io;
		}
		if (failed instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (failed instanceof Error error) {
			throw error;
		}
	}

}
