package dev.marquee.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

import dev.marquee.search.SearchSource.Change;
import dev.marquee.search.SearchSource.Head;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * This instance's Lucene index of films and people, derived from PostgreSQL and kept in
 * step with it, whoever writes and however many instances share the database:
 * <ul>
 * <li>The index remembers the PostgreSQL snapshot it reflects (and the catalogue's
 * epoch). Before every search, and every {@code refresh-interval} in between, it reads
 * the outbox rows that snapshot does not see ({@link SearchSource#head}), reads those
 * films and people again, replaces or deletes their documents and reopens its searcher: a
 * write that has committed is in the very next search, on every instance. Searches that
 * arrive during a catch-up wait for the next one, never for a catch-up that began before
 * them.</li>
 * <li>A new epoch (a bulk import, a TRUNCATE) or pruned outbox rows it needed make it
 * rebuild from the tables (for a new epoch, once no import holds the import lock: an
 * import writes in bulk merge after merge), in one repeatable-read snapshot, into a new
 * directory; it serves the old index meanwhile and swaps once every document is in, then
 * merges the new index's segments into one in the background. More changed films and
 * people than {@code background-threshold} (a refresh from IMDb's files) are read in one
 * snapshot and applied in the background in the same way, to the same index. A search
 * waits for either during its first {@code rebuild-wait} only, so a small catalogue's
 * rebuild is in the next search and a large one never stalls the search box.</li>
 * <li>What was applied is committed every {@code refresh-interval} with the snapshot it
 * reflects; an instance restarted on the same directory catches up from there.</li>
 * </ul>
 */
@Component
@ConditionalOnWebApplication
@EnableConfigurationProperties(SearchProperties.class)
class SearchIndex implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(SearchIndex.class);

	private static final String EPOCH = "epoch";

	private static final String SNAPSHOT = "snapshot";

	private static final String FORMAT = "format";

	/**
	 * The layout of the documents ({@link Searchable#document()}): an index committed
	 * with another is not reopened but rebuilt. 2: the texts as a binary doc value; 3: a
	 * text that folds to nothing keeps its place among them.
	 */
	private static final String CURRENT_FORMAT = "3";

	private final SearchSource source;

	private final SearchProperties properties;

	private final Path root;

	private final boolean temporary;

	private final ReentrantLock catchUp = new ReentrantLock();

	private final ExecutorService rebuilder = Executors.newSingleThreadExecutor((task) -> daemon(task, "rebuild"));

	private final ExecutorService merger = Executors.newSingleThreadExecutor((task) -> daemon(task, "merge"));

	private final ScheduledExecutorService ticker = Executors
		.newSingleThreadScheduledExecutor((task) -> daemon(task, "refresh"));

	private volatile @Nullable Generation current;

	private volatile boolean closed;

	private volatile @Nullable CompletableFuture<Void> rebuild;

	private volatile long rebuildStarted;

	private final long createdAt = System.nanoTime();

	private long lastCatchUpStarted = System.nanoTime() - TimeUnit.DAYS.toNanos(1);

	private boolean uncommitted;

	SearchIndex(SearchSource source, SearchProperties properties, Environment environment) throws IOException {
		this.source = source;
		this.properties = properties;
		Path configured = properties.indexDirectory();
		if (configured == null && !environment.containsProperty("spring.datasource.url")) {
			configured = Path.of(environment.getProperty("marquee.embedded-postgres.data-directory", "./data/postgres"))
				.toAbsolutePath()
				.normalize()
				.resolveSibling("search-index");
		}
		this.temporary = configured == null;
		this.root = (configured != null) ? configured.toAbsolutePath().normalize()
				: Files.createTempDirectory("marquee-search-");
		Files.createDirectories(this.root);
		this.current = reopen();
		if (this.current == null) {
			startRebuild("no index yet in " + this.root);
		}
		long interval = properties.refreshInterval().toMillis();
		this.ticker.scheduleWithFixedDelay(this::tick, interval, interval, TimeUnit.MILLISECONDS);
	}

	/**
	 * Brings the index up to every write committed before this call, then lends its
	 * searcher to {@code work}.
	 */
	<T> T search(SearcherWork<T> work) throws IOException {
		long arrival = System.nanoTime();
		awaitIndex();
		this.catchUp.lock();
		try {
			if (this.lastCatchUpStarted - arrival < 0) {
				this.lastCatchUpStarted = System.nanoTime();
				catchUp();
			}
		}
		finally {
			this.catchUp.unlock();
		}
		while (true) {
			SearcherManager manager = awaitIndex().manager;
			IndexSearcher searcher;
			try {
				searcher = manager.acquire();
			}
			catch (AlreadyClosedException ex) {
				continue; // a rebuild swapped the index in between: search the new one
			}
			try {
				return work.run(searcher);
			}
			finally {
				manager.release(searcher);
			}
		}
	}

	private Generation awaitIndex() {
		Generation generation = this.current;
		if (generation != null) {
			return generation;
		}
		long waited = System.nanoTime() - this.createdAt;
		awaitRebuild(this.properties.rebuildWait().toNanos() - waited);
		generation = this.current;
		if (generation == null) {
			throw new SearchUnavailableException();
		}
		return generation;
	}

	/**
	 * Must hold the catch-up lock. A rebuild running, or started here, is awaited during
	 * its first {@code rebuild-wait}; when it is done by then, the new index catches up
	 * from its own snapshot.
	 */
	private void catchUp() throws IOException {
		for (int attempt = 0; attempt < 2; attempt++) {
			CompletableFuture<Void> running = this.rebuild;
			if (running != null && !running.isDone()) {
				awaitRebuild(this.properties.rebuildWait().toNanos() - (System.nanoTime() - this.rebuildStarted));
				if (!running.isDone()) {
					return;
				}
			}
			Generation generation = this.current;
			if (generation == null) {
				return;
			}
			int threshold = this.properties.backgroundThreshold();
			Head head = this.source.head(generation.snapshot, threshold);
			String reason = !head.epoch().equals(generation.epoch) ? "the catalogue was rewritten in bulk"
					: head.pruned() ? "outbox rows it needed were pruned" : null;
			// An import writing in bulk: its rebuild waits until the import is done (it
			// writes in bulk merge after merge), and the writes the outbox records
			// meanwhile are applied.
			boolean deferred = reason != null && head.importing() && !head.epoch().equals(generation.epoch)
					&& head.changes().size() <= threshold;
			if (reason == null && head.changes().size() > threshold) {
				startApply(generation, threshold);
				continue;
			}
			if (reason == null || deferred) {
				if (!head.changes().isEmpty()) {
					apply(generation, head.changes());
					this.uncommitted = true;
				}
				generation.snapshot = head.snapshot();
				return;
			}
			startRebuild(reason);
		}
	}

	/**
	 * More than {@code threshold} films and people changed (a refresh from IMDb's files):
	 * applied in the background, in one snapshot, read as a stream, while searches answer
	 * from the index as it was, as during a rebuild, at the cost of the changed documents
	 * only.
	 */
	private void startApply(Generation generation, int threshold) {
		inBackground("Applying more than " + threshold + " changed films and people to the search index in the "
				+ "background", () -> applyInBackground(generation));
	}

	private void applyInBackground(Generation generation) {
		long started = System.nanoTime();
		long[] counts = new long[2];
		Head head;
		try {
			head = this.source.readChanged(generation.snapshot, generation.epoch, (searchable) -> {
				try {
					generation.writer.updateDocument(searchable.uid(), searchable.document());
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				counts[0]++;
			}, (change) -> {
				try {
					generation.writer.deleteDocuments(Searchable.uid(change.kind(), change.id()));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				counts[1]++;
			});
			// another epoch or pruned rows: nothing was read, a rebuild follows
			if (!head.pruned() && head.epoch().equals(generation.epoch)) {
				generation.manager.maybeRefreshBlocking();
				generation.snapshot = head.snapshot();
				generation.writer.setLiveCommitData(
						Map.of(EPOCH, generation.epoch, SNAPSHOT, head.snapshot(), FORMAT, CURRENT_FORMAT).entrySet());
				generation.writer.commit();
			}
		}
		catch (SQLException | IOException | RuntimeException ex) {
			logger.error("Applying changes to the search index failed; the next catch-up tries again", ex);
			throw new IllegalStateException(ex);
		}
		if (head.pruned() || !head.epoch().equals(generation.epoch)) {
			logger.info("Rebuilding the search index: {}",
					head.pruned() ? "outbox rows it needed were pruned" : "the catalogue was rewritten in bulk");
			rebuild();
			return;
		}
		logger.info("Search index caught up in the background: {} documents replaced and {} deleted in {} ms",
				counts[0], counts[1], TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
	}

	private void apply(Generation generation, java.util.Set<Change> changes) throws IOException {
		Map<Change, Searchable> found = new HashMap<>();
		for (Searchable searchable : this.source.read(changes)) {
			found.put(new Change(searchable.kind(), searchable.id()), searchable);
		}
		for (Change change : changes) {
			Searchable searchable = found.get(change);
			if (searchable != null) {
				generation.writer.updateDocument(searchable.uid(), searchable.document());
			}
			else {
				generation.writer.deleteDocuments(Searchable.uid(change.kind(), change.id()));
			}
		}
		generation.manager.maybeRefreshBlocking();
	}

	private void awaitRebuild(long nanos) {
		CompletableFuture<Void> running = this.rebuild;
		if (running == null || nanos <= 0) {
			return;
		}
		try {
			running.get(nanos, TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException ex) {
			// served by the index there is, or refused when there is none
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (java.util.concurrent.ExecutionException ex) {
			// logged by the rebuild; the next catch-up tries again
		}
	}

	private void startRebuild(String reason) {
		inBackground("Rebuilding the search index: " + reason, this::rebuild);
	}

	/**
	 * Runs a rebuild or a background apply, unless one is running: catch-ups wait for it
	 * as for a rebuild ({@code rebuild-wait}) and apply nothing meanwhile.
	 */
	private synchronized void inBackground(String what, Runnable task) {
		CompletableFuture<Void> running = this.rebuild;
		if (running != null && !running.isDone()) {
			return;
		}
		logger.info(what);
		this.rebuildStarted = System.nanoTime();
		this.rebuild = CompletableFuture.runAsync(task, this.rebuilder);
	}

	private void rebuild() {
		long started = System.nanoTime();
		Path directory = this.root.resolve("index-" + System.currentTimeMillis());
		try {
			Directory store = FSDirectory.open(directory);
			IndexWriter writer = new IndexWriter(store, config().setOpenMode(IndexWriterConfig.OpenMode.CREATE));
			Head head;
			try (BulkIndexer indexer = new BulkIndexer(writer, rebuildThreads())) {
				head = this.source.readAll((searchable) -> {
					try {
						indexer.add(searchable);
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				});
				indexer.finish();
				writer.setLiveCommitData(
						Map.of(EPOCH, head.epoch(), SNAPSHOT, head.snapshot(), FORMAT, CURRENT_FORMAT).entrySet());
				writer.commit();
			}
			catch (SQLException | IOException | RuntimeException ex) {
				writer.rollback();
				store.close();
				FileSystemUtils.deleteRecursively(directory);
				throw ex;
			}
			Generation built = new Generation(directory, store, writer, head.snapshot(), head.epoch());
			// No catch-up applies changes while a rebuild runs, so the old index is idle.
			Generation old = this.current;
			this.current = built;
			logger.info("Search index rebuilt: {} documents in {} ms by {} threads, in {} segments ({})",
					writer.getDocStats().numDocs, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
					rebuildThreads(), SegmentInfos.readLatestCommit(store).size(), directory);
			if (old != null) {
				old.close(true);
			}
			this.merger.execute(() -> mergeIntoOne(built));
		}
		catch (SQLException | IOException | RuntimeException ex) {
			logger.error("Rebuilding the search index failed; the next catch-up tries again", ex);
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Merges a rebuilt index into one segment, since typo and prefix queries walk each
	 * segment's terms and a rebuilt index is read far more than it is written; then
	 * commits it and lets the next searches see it. Searches use the index as it was
	 * rebuilt meanwhile, and catch-ups apply to it: the writer merges the segments there
	 * were and keeps what changed since. Merging all of them took about a fifth of a
	 * rebuild's time, which the index now answers searches during.
	 */
	private void mergeIntoOne(Generation generation) {
		long started = System.nanoTime();
		try {
			generation.writer.forceMerge(1);
			this.catchUp.lock();
			try {
				if (this.current != generation) {
					return;
				}
				this.uncommitted = true;
				commit();
			}
			finally {
				this.catchUp.unlock();
			}
			generation.manager.maybeRefreshBlocking();
			logger.info("Search index merged into one segment in {} ms ({})",
					TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), generation.directory);
		}
		catch (IOException | RuntimeException ex) {
			if (this.current == generation && !this.closed) {
				logger.warn("Merging the search index into one segment failed; it answers from its segments", ex);
			}
			// else replaced or closed while merging (closing the writer stops its merge)
		}
	}

	/**
	 * The newest committed index under the root, if the database's epoch is still the one
	 * it was built in; every other directory is removed.
	 */
	private @Nullable Generation reopen() throws IOException {
		List<Path> directories;
		try (Stream<Path> list = Files.list(this.root)) {
			directories = list.filter((path) -> path.getFileName().toString().startsWith("index-"))
				.sorted(Comparator.comparing(Path::toString).reversed())
				.toList();
		}
		Generation reopened = null;
		for (Path directory : directories) {
			if (reopened == null) {
				reopened = open(directory);
			}
			if (reopened == null || !reopened.directory.equals(directory)) {
				FileSystemUtils.deleteRecursively(directory);
			}
		}
		return reopened;
	}

	private @Nullable Generation open(Path directory) throws IOException {
		Directory store = FSDirectory.open(directory);
		try {
			if (!DirectoryReader.indexExists(store)) {
				store.close();
				return null;
			}
			Map<String, String> data = SegmentInfos.readLatestCommit(store).getUserData();
			String epoch = data.get(EPOCH);
			String snapshot = data.get(SNAPSHOT);
			if (!CURRENT_FORMAT.equals(data.get(FORMAT))) {
				logger.info("Search index at {} has an older layout: rebuilding", directory);
				store.close();
				return null;
			}
			Head head = this.source.head(snapshot, 0);
			if (epoch == null || snapshot == null || !epoch.equals(head.epoch()) || head.pruned()) {
				store.close();
				return null;
			}
			IndexWriter writer = new IndexWriter(store, config().setOpenMode(IndexWriterConfig.OpenMode.APPEND));
			logger.info("Search index reopened at {}: catching up from its snapshot", directory);
			return new Generation(directory, store, writer, snapshot, epoch);
		}
		catch (LockObtainFailedException ex) {
			store.close();
			throw new IllegalStateException("The search index " + directory + " is in use by another process: give "
					+ "each instance its own marquee.search.index-directory", ex);
		}
	}

	private int rebuildThreads() {
		int configured = this.properties.rebuildThreads();
		return (configured > 0) ? configured : Runtime.getRuntime().availableProcessors();
	}

	private static IndexWriterConfig config() {
		return new IndexWriterConfig().setIndexSort(Searchable.INDEX_ORDER)
			.setRAMBufferSizeMB(16)
			.setCommitOnClose(false);
	}

	private void tick() {
		try {
			if (this.current == null) {
				CompletableFuture<Void> running = this.rebuild;
				if (running == null || running.isDone()) {
					startRebuild("the last rebuild failed");
				}
				return;
			}
			this.catchUp.lock();
			try {
				this.lastCatchUpStarted = System.nanoTime();
				catchUp();
				commit();
			}
			finally {
				this.catchUp.unlock();
			}
			this.source.prune(this.properties.outboxRetention());
		}
		catch (IOException | RuntimeException ex) {
			logger.warn("Search index catch-up failed: {}", ex.toString());
		}
	}

	/**
	 * Must hold the catch-up lock.
	 */
	private void commit() throws IOException {
		Generation generation = this.current;
		if (generation == null || !this.uncommitted) {
			return;
		}
		generation.writer.setLiveCommitData(
				Map.of(EPOCH, generation.epoch, SNAPSHOT, generation.snapshot, FORMAT, CURRENT_FORMAT).entrySet());
		generation.writer.commit();
		this.uncommitted = false;
	}

	@Override
	public void destroy() throws IOException {
		this.ticker.shutdownNow();
		this.rebuilder.shutdownNow();
		this.closed = true;
		this.merger.shutdown();
		this.catchUp.lock();
		try {
			Generation generation = this.current;
			if (generation != null) {
				if (!this.temporary) {
					commit();
				}
				generation.close(false);
			}
		}
		finally {
			this.catchUp.unlock();
		}
		if (this.temporary) {
			FileSystemUtils.deleteRecursively(this.root);
		}
	}

	private static Thread daemon(Runnable task, String name) {
		Thread thread = new Thread(task, "search-index-" + name);
		thread.setDaemon(true);
		return thread;
	}

	@FunctionalInterface
	interface SearcherWork<T> {

		T run(IndexSearcher searcher) throws IOException;

	}

	/**
	 * One built index: its directory, writer and searchers, and the snapshot it reflects.
	 */
	private static final class Generation {

		final Path directory;

		final Directory store;

		final IndexWriter writer;

		final SearcherManager manager;

		final String epoch;

		/**
		 * Searchers without Lucene's query cache. Its default policy caches a prefix or
		 * fuzzy clause seen twice as a set of every document it matches, and
		 * search-as-you-type repeats such clauses all the time: the cache kept making and
		 * evicting those sets, which outlived the young generation, so the old one grew
		 * until a full collection stopped every request (at 3M titles with a 256 MB heap:
		 * the heap after a young collection climbing from 70 to 130 MB, and a full
		 * collection of 260-490 ms every few minutes; without the cache it stays at 58
		 * MB). Suggestions cost less processor without it, searches a tenth more.
		 */
		private static final SearcherFactory UNCACHED = new SearcherFactory() {

			@Override
			public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
				IndexSearcher searcher = new IndexSearcher(reader);
				searcher.setQueryCache(null);
				return searcher;
			}

		};

		volatile String snapshot;

		Generation(Path directory, Directory store, IndexWriter writer, String snapshot, String epoch)
				throws IOException {
			this.directory = directory;
			this.store = store;
			this.writer = writer;
			this.manager = new SearcherManager(writer, UNCACHED);
			this.snapshot = snapshot;
			this.epoch = epoch;
		}

		void close(boolean delete) throws IOException {
			this.manager.close();
			this.writer.close();
			this.store.close();
			if (delete) {
				FileSystemUtils.deleteRecursively(this.directory);
			}
		}

	}

}
