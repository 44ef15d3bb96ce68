package dev.marquee.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;

/**
 * A refresh's first pass: each file is read and compared, group by group, with the
 * baseline of the last import, to find the keys to stage, file by file. A title is staged
 * in a file when its group there changed, appeared or vanished; in
 * {@code title.principals} and {@code title.crew} together, as both make its crew; and in
 * {@code title.basics} too whenever it is staged in any title file, so the merges can
 * tell by the staged {@code title.basics} lines, as on a full import, whether it is in
 * the snapshot (which decides whether a vanished episode, rating, credit or alternate
 * title is cleared). A title is staged in every file when it is new, its
 * {@code title.basics} line was rejected last time, or the API changed it since the last
 * import: its children may not be in the database at all. Also staged: in
 * {@code title.principals} and {@code title.crew}, titles whose credits name a person who
 * is new (or whose line was rejected last time); in {@code title.episode}, episodes of a
 * series that is new; and the people the API changed. Nothing is written: a file out of
 * order, a baseline that cannot be read, or too many changes answer why the import goes
 * the full way instead.
 */
final class ChangedKeys {

	/**
	 * Above this share of a file's groups, staging the changes is no cheaper than staging
	 * the file.
	 */
	private static final double MOST = 0.25;

	/**
	 * The most keys held in memory (about 100 bytes each): beyond, the import stages
	 * everything rather than hold more.
	 */
	private static final int MOST_KEYS = 1_000_000;

	/**
	 * What to stage.
	 *
	 * @param whole the titles staged in every title file
	 * @param titles per title file, the titles whose lines are staged in it (the whole
	 * ones included)
	 * @param people the people whose lines are staged
	 * @param counts per file: groups unchanged, changed, new and vanished
	 */
	record Selection(Set<String> whole, Map<Dataset, Set<String>> titles, Set<String> people,
			Map<String, Long> counts) {

		boolean contains(Dataset dataset, String key) {
			return ((dataset == Dataset.NAME_BASICS) ? this.people : titles(dataset)).contains(key);
		}

		Set<String> titles(Dataset dataset) {
			return this.titles.getOrDefault(dataset, Set.of());
		}

	}

	/**
	 * The selection, or why there is none.
	 */
	record Outcome(@Nullable Selection selection, @Nullable String fallback) {
	}

	/**
	 * Threads comparing files at once: the files are independent but for the people and
	 * titles that resolve now, which {@code name.basics} and {@code title.basics} find
	 * and the credit and episode files need; beyond two, the largest file (the
	 * principals, about half of the lines) decides the time anyway.
	 */
	private static final int THREADS = Math.min(2, Runtime.getRuntime().availableProcessors());

	/** The order files start in: the two that others wait for first, then the largest. */
	private static final List<Dataset> START_ORDER = List.of(Dataset.NAME_BASICS, Dataset.TITLE_BASICS,
			Dataset.TITLE_PRINCIPALS, Dataset.TITLE_AKAS, Dataset.TITLE_CREW, Dataset.TITLE_EPISODE,
			Dataset.TITLE_RATINGS);

	private final Path folder;

	private final Set<String> forcedTitles;

	private final Set<String> forcedPeople;

	/** The comparisons, by file: each started once the ones it waits for are. */
	private final Map<Dataset, Future<FileComparison>> comparisons = new ConcurrentHashMap<>();

	/** Titles and people held so far, over every file (a key counted once per file). */
	private final AtomicLong keys = new AtomicLong();

	/** Set when the keys held pass {@link #MOST_KEYS}: every comparison stops. */
	private volatile boolean tooMany;

	private ChangedKeys(Path folder, Set<String> forcedTitles, Set<String> forcedPeople) {
		this.folder = folder;
		this.forcedTitles = forcedTitles;
		this.forcedPeople = forcedPeople;
		this.keys.set(forcedTitles.size() + forcedPeople.size());
	}

	/**
	 * Compares the files with the baseline in {@code folder}, each file on one of a few
	 * threads (the database has nothing to do meanwhile). When files give a reason to
	 * stage everything, the first of them in import order gives it.
	 */
	static Outcome compare(List<DatasetFiles.DatasetFile> files, Path folder, Set<String> forcedTitles,
			Set<String> forcedPeople) throws IOException {
		ChangedKeys changed = new ChangedKeys(folder, forcedTitles, forcedPeople);
		ExecutorService threads = Executors.newFixedThreadPool(THREADS, (task) -> {
			Thread thread = new Thread(task, "import-compare");
			thread.setDaemon(true);
			return thread;
		});
		try {
			// The two files others wait for are submitted first, so they run before any
			// comparison that waits for them takes a thread.
			List<DatasetFiles.DatasetFile> started = new ArrayList<>(files);
			started.sort(Comparator.comparingInt((file) -> START_ORDER.indexOf(file.dataset())));
			for (DatasetFiles.DatasetFile file : started) {
				changed.comparisons.put(file.dataset(), threads.submit(() -> changed.compare(file)));
			}
			List<FileComparison> done = new ArrayList<>();
			for (DatasetFiles.DatasetFile file : files) {
				done.add(changed.result(file.dataset()));
			}
			for (FileComparison comparison : done) {
				if (comparison.fallback != null) {
					return new Outcome(null, comparison.fallback);
				}
			}
			return new Outcome(changed.selection(done), null);
		}
		finally {
			threads.shutdownNow();
		}
	}

	private FileComparison result(Dataset dataset) throws IOException {
		try {
			return this.comparisons.get(dataset).get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("interrupted while comparing " + dataset.baseName());
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof IOException io) {
				throw io;
			}
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

	/**
	 * The keys that resolve now in a file that another file refers to: the ones forced,
	 * and the ones the comparison of that file found (once it ended).
	 */
	private Set<String> resolvingNow(Dataset dataset, Set<String> forced) throws IOException {
		if (!this.comparisons.containsKey(dataset)) {
			return forced;
		}
		Set<String> keys = new HashSet<>(forced);
		keys.addAll(result(dataset).resolvesNow);
		return keys;
	}

	/**
	 * The titles staged in each file: the whole ones in every file, and in
	 * {@code title.basics} every title staged in another file.
	 */
	private Selection selection(List<FileComparison> done) {
		Set<String> whole = new HashSet<>(this.forcedTitles);
		Set<String> people = new HashSet<>(this.forcedPeople);
		Map<Dataset, Set<String>> titles = new EnumMap<>(Dataset.class);
		for (Dataset dataset : Dataset.values()) {
			if (dataset != Dataset.NAME_BASICS && dataset != Dataset.TITLE_CREW) {
				titles.put(dataset, new HashSet<>());
			}
		}
		// One set for title.principals and title.crew: both make a title's crew.
		titles.put(Dataset.TITLE_CREW, titles.get(Dataset.TITLE_PRINCIPALS));
		Map<String, Long> counts = new LinkedHashMap<>();
		for (FileComparison comparison : done) {
			if (comparison.dataset == Dataset.NAME_BASICS) {
				people.addAll(comparison.staged);
			}
			else {
				titles.get(comparison.dataset).addAll(comparison.staged);
				if (comparison.dataset == Dataset.TITLE_BASICS) {
					whole.addAll(comparison.resolvesNow);
				}
			}
			String name = comparison.dataset.baseName() + " groups ";
			counts.put(name + "unchanged", comparison.unchanged);
			counts.put(name + "changed", comparison.changed);
			counts.put(name + "new", comparison.added);
			counts.put(name + "vanished", comparison.vanished);
		}
		counts.put("forced by API changes", (long) (this.forcedTitles.size() + this.forcedPeople.size()));
		Set<String> basics = titles.get(Dataset.TITLE_BASICS);
		for (Set<String> staged : titles.values()) {
			staged.addAll(whole);
			if (staged != basics) {
				basics.addAll(staged);
			}
		}
		return new Selection(whole, titles, people, counts);
	}

	/**
	 * Compares one file with its baseline, on a thread of the pool.
	 */
	private FileComparison compare(DatasetFiles.DatasetFile file) throws IOException {
		Dataset dataset = file.dataset();
		// What the file's lines refer to that may resolve now.
		Set<String> newPeople = switch (dataset) {
			case TITLE_PRINCIPALS, TITLE_CREW -> resolvingNow(Dataset.NAME_BASICS, this.forcedPeople);
			default -> Set.of();
		};
		Set<String> newTitles = (dataset == Dataset.TITLE_EPISODE)
				? resolvingNow(Dataset.TITLE_BASICS, this.forcedTitles) : Set.of();
		FileComparison comparison = new FileComparison(dataset);
		BaselineFile.Reader baseline;
		try {
			baseline = BaselineFile.open(this.folder, dataset);
		}
		catch (IOException ex) {
			return comparison
				.fallback("the baseline of " + dataset.baseName() + " cannot be read (" + ex.getMessage() + ")");
		}
		if (baseline == null) {
			return comparison.fallback("no baseline of " + dataset.baseName());
		}
		try (baseline; BufferedReader reader = DatasetFiles.reader(Files.newInputStream(file.path()))) {
			reader.readLine(); // the header, checked before the import started
			KeyGroups groups = new KeyGroups(dataset);
			String line;
			while ((line = reader.readLine()) != null) {
				KeyGroups.Group ended = groups.add(line);
				if (ended != null) {
					if (!groups.sortedBy(baseline.order())) {
						return comparison.fallback(dataset.baseName() + " is not sorted by key as its baseline was");
					}
					comparison.group(ended, baseline);
					if (this.tooMany) {
						return comparison.fallback("more than " + MOST_KEYS + " titles and people changed");
					}
				}
				comparison.refers(line, groups.key(), newPeople, newTitles);
			}
			KeyGroups.Group last = groups.finish();
			if (last != null) {
				comparison.group(last, baseline);
			}
			comparison.vanishedUpTo(null, baseline);
		}
		catch (IOException ex) {
			return comparison
				.fallback("the baseline of " + dataset.baseName() + " cannot be read (" + ex.getMessage() + ")");
		}
		if (this.tooMany) {
			return comparison.fallback("more than " + MOST_KEYS + " titles and people changed");
		}
		long all = comparison.unchanged + comparison.changed + comparison.added + comparison.vanished;
		if (comparison.changed + comparison.added + comparison.vanished > MOST * Math.max(1, all)) {
			return comparison.fallback("more than a quarter of " + dataset.baseName() + " changed");
		}
		return comparison;
	}

	/**
	 * Counts a key held: past {@link #MOST_KEYS}, every comparison stops.
	 */
	private void held() {
		if (this.keys.incrementAndGet() > MOST_KEYS) {
			this.tooMany = true;
		}
	}

	/**
	 * The merge of one file's groups with its baseline, both in key order: what it
	 * stages, on the thread that reads the file.
	 */
	private final class FileComparison {

		private final Dataset dataset;

		/** The keys staged in this file (people in {@code name.basics}). */
		final Set<String> staged = new HashSet<>();

		/**
		 * The keys that may not have been in the database until now (new, or their line
		 * rejected last time): people in {@code name.basics}, titles in
		 * {@code title.basics} (staged in every file).
		 */
		final Set<String> resolvesNow = new HashSet<>();

		long unchanged;

		long changed;

		long added;

		long vanished;

		@Nullable String fallback;

		FileComparison(Dataset dataset) {
			this.dataset = dataset;
		}

		FileComparison fallback(String reason) {
			this.fallback = reason;
			return this;
		}

		void group(KeyGroups.Group group, BaselineFile.Reader baseline) throws IOException {
			vanishedUpTo(group.key(), baseline);
			BaselineFile.Entry before = baseline.peek();
			if (before != null && before.key().equals(group.key())) {
				baseline.take();
				if (before.hash() == group.hash() && !before.dirty() && !group.badKey()) {
					this.unchanged++;
					return;
				}
				this.changed++;
				stage(group.key(), before.dirty());
			}
			else {
				this.added++;
				stage(group.key(), true);
			}
		}

		/**
		 * The baseline's groups before {@code key} (all that are left for {@code null})
		 * are no longer in the file.
		 */
		void vanishedUpTo(@Nullable String key, BaselineFile.Reader baseline) throws IOException {
			BaselineFile.Entry before;
			while ((before = baseline.peek()) != null
					&& (key == null || baseline.order().compare(before.key(), key) < 0)) {
				baseline.take();
				this.vanished++;
				stage(before.key(), false);
			}
		}

		/**
		 * A title whose credits name a person who is new is staged in the credit files,
		 * an episode of a series that is new in {@code title.episode}: their references
		 * resolve now.
		 */
		void refers(String line, String key, Set<String> newPeople, Set<String> newTitles) {
			switch (this.dataset) {
				case TITLE_PRINCIPALS -> {
					if (!newPeople.isEmpty() && newPeople.contains(KeyGroups.field(line, 2))) {
						add(this.staged, key);
					}
				}
				case TITLE_CREW -> {
					if (!newPeople.isEmpty()) {
						for (String nconst : LineRules
							.list(KeyGroups.field(line, 1) + "," + KeyGroups.field(line, 2))) {
							if (newPeople.contains(nconst)) {
								add(this.staged, key);
								break;
							}
						}
					}
				}
				case TITLE_EPISODE -> {
					if (!newTitles.isEmpty() && newTitles.contains(KeyGroups.field(line, 1))) {
						add(this.staged, key);
					}
				}
				default -> {
				}
			}
		}

		/**
		 * @param resolvesNow whether the key may not have been in the database until now
		 * (new, or its line rejected last time)
		 */
		private void stage(String key, boolean resolvesNow) {
			if (this.dataset == Dataset.NAME_BASICS) {
				add(this.staged, key);
				if (resolvesNow) {
					this.resolvesNow.add(key);
				}
			}
			else if (resolvesNow && this.dataset == Dataset.TITLE_BASICS) {
				// Its film may not have existed, so none of its children did: staged in
				// every file (the files before title.basics hold no title).
				add(this.resolvesNow, key);
			}
			else {
				add(this.staged, key);
			}
		}

		private void add(Set<String> keys, String key) {
			if (keys.add(key)) {
				held();
			}
		}

	}

}
