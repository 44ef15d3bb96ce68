package dev.marquee.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

	/** Titles staged in every title file. */
	private final Set<String> whole = new HashSet<>();

	/**
	 * Per title file, the titles staged in it; one set for {@code title.principals} and
	 * {@code title.crew}.
	 */
	private final Map<Dataset, Set<String>> titles = new EnumMap<>(Dataset.class);

	private final Set<String> people = new HashSet<>();

	/**
	 * People whose credits resolve now: new, or rejected last time, or changed by the
	 * API.
	 */
	private final Set<String> newPeople = new HashSet<>();

	/** Titles whose episodes resolve their series now. */
	private final Set<String> newTitles = new HashSet<>();

	private final Map<String, Long> counts = new LinkedHashMap<>();

	private ChangedKeys(Set<String> forcedTitles, Set<String> forcedPeople) {
		for (Dataset dataset : Dataset.values()) {
			if (dataset != Dataset.NAME_BASICS && dataset != Dataset.TITLE_CREW) {
				this.titles.put(dataset, new HashSet<>());
			}
		}
		this.titles.put(Dataset.TITLE_CREW, this.titles.get(Dataset.TITLE_PRINCIPALS));
		this.whole.addAll(forcedTitles);
		this.newTitles.addAll(forcedTitles);
		this.people.addAll(forcedPeople);
		this.newPeople.addAll(forcedPeople);
	}

	/**
	 * Compares the files (in import order: people, then titles, then what refers to them)
	 * with the baseline in {@code folder}.
	 */
	static Outcome compare(List<DatasetFiles.DatasetFile> files, Path folder, Set<String> forcedTitles,
			Set<String> forcedPeople) throws IOException {
		ChangedKeys changed = new ChangedKeys(forcedTitles, forcedPeople);
		for (DatasetFiles.DatasetFile file : files) {
			String fallback = changed.compare(file, folder);
			if (fallback != null) {
				return new Outcome(null, fallback);
			}
		}
		changed.counts.put("forced by API changes", (long) (forcedTitles.size() + forcedPeople.size()));
		return new Outcome(changed.selection(), null);
	}

	/**
	 * The titles staged in each file: the whole ones in every file, and in
	 * {@code title.basics} every title staged in another file.
	 */
	private Selection selection() {
		Set<String> basics = this.titles.get(Dataset.TITLE_BASICS);
		for (Set<String> staged : this.titles.values()) {
			staged.addAll(this.whole);
			if (staged != basics) {
				basics.addAll(staged);
			}
		}
		return new Selection(this.whole, this.titles, this.people, this.counts);
	}

	/**
	 * Titles and people held so far (a title counted once per file set it is in).
	 */
	private long keys() {
		long keys = this.whole.size() + this.people.size();
		for (Map.Entry<Dataset, Set<String>> entry : this.titles.entrySet()) {
			if (entry.getKey() != Dataset.TITLE_CREW) {
				keys += entry.getValue().size();
			}
		}
		return keys;
	}

	private @Nullable String compare(DatasetFiles.DatasetFile file, Path folder) throws IOException {
		Dataset dataset = file.dataset();
		BaselineFile.Reader baseline;
		try {
			baseline = BaselineFile.open(folder, dataset);
		}
		catch (IOException ex) {
			return "the baseline of " + dataset.baseName() + " cannot be read (" + ex.getMessage() + ")";
		}
		if (baseline == null) {
			return "no baseline of " + dataset.baseName();
		}
		Comparison comparison = new Comparison(dataset, baseline);
		try (baseline; BufferedReader reader = DatasetFiles.reader(Files.newInputStream(file.path()))) {
			reader.readLine(); // the header, checked before the import started
			KeyGroups groups = new KeyGroups(dataset);
			String line;
			while ((line = reader.readLine()) != null) {
				KeyGroups.Group ended = groups.add(line);
				if (ended != null) {
					if (!groups.sortedBy(baseline.order())) {
						return dataset.baseName() + " is not sorted by key as its baseline was";
					}
					comparison.group(ended);
					if (keys() > MOST_KEYS) {
						return "more than " + MOST_KEYS + " titles and people changed";
					}
				}
				refers(dataset, line, groups.key());
			}
			KeyGroups.Group last = groups.finish();
			if (last != null) {
				comparison.group(last);
			}
			comparison.vanishedUpTo(null);
		}
		catch (IOException ex) {
			return "the baseline of " + dataset.baseName() + " cannot be read (" + ex.getMessage() + ")";
		}
		String name = dataset.baseName() + " groups ";
		this.counts.put(name + "unchanged", comparison.unchanged);
		this.counts.put(name + "changed", comparison.changed);
		this.counts.put(name + "new", comparison.added);
		this.counts.put(name + "vanished", comparison.vanished);
		long all = comparison.unchanged + comparison.changed + comparison.added + comparison.vanished;
		if (comparison.changed + comparison.added + comparison.vanished > MOST * Math.max(1, all)) {
			return "more than a quarter of " + dataset.baseName() + " changed";
		}
		return null;
	}

	/**
	 * A title whose credits name a person who is new is staged in the credit files, an
	 * episode of a series that is new in {@code title.episode}: their references resolve
	 * now.
	 */
	private void refers(Dataset dataset, String line, String key) {
		switch (dataset) {
			case TITLE_PRINCIPALS -> {
				if (!this.newPeople.isEmpty() && this.newPeople.contains(KeyGroups.field(line, 2))) {
					this.titles.get(dataset).add(key);
				}
			}
			case TITLE_CREW -> {
				if (!this.newPeople.isEmpty()) {
					for (String nconst : LineRules.list(KeyGroups.field(line, 1) + "," + KeyGroups.field(line, 2))) {
						if (this.newPeople.contains(nconst)) {
							this.titles.get(dataset).add(key);
							break;
						}
					}
				}
			}
			case TITLE_EPISODE -> {
				if (!this.newTitles.isEmpty() && this.newTitles.contains(KeyGroups.field(line, 1))) {
					this.titles.get(dataset).add(key);
				}
			}
			default -> {
			}
		}
	}

	/**
	 * The merge of one file's groups with its baseline, both in key order.
	 */
	private final class Comparison {

		private final Dataset dataset;

		private final BaselineFile.Reader baseline;

		long unchanged;

		long changed;

		long added;

		long vanished;

		Comparison(Dataset dataset, BaselineFile.Reader baseline) {
			this.dataset = dataset;
			this.baseline = baseline;
		}

		void group(KeyGroups.Group group) throws IOException {
			vanishedUpTo(group.key());
			BaselineFile.Entry before = this.baseline.peek();
			if (before != null && before.key().equals(group.key())) {
				this.baseline.take();
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
		void vanishedUpTo(@Nullable String key) throws IOException {
			BaselineFile.Entry before;
			while ((before = this.baseline.peek()) != null
					&& (key == null || this.baseline.order().compare(before.key(), key) < 0)) {
				this.baseline.take();
				this.vanished++;
				stage(before.key(), false);
			}
		}

		/**
		 * @param resolvesNow whether the key may not have been in the database until now
		 * (new, or its line rejected last time)
		 */
		private void stage(String key, boolean resolvesNow) {
			if (this.dataset == Dataset.NAME_BASICS) {
				ChangedKeys.this.people.add(key);
				if (resolvesNow) {
					ChangedKeys.this.newPeople.add(key);
				}
			}
			else if (resolvesNow && this.dataset == Dataset.TITLE_BASICS) {
				// Its film may not have existed, so none of its children did: staged in
				// every file (the files before title.basics hold no title).
				ChangedKeys.this.whole.add(key);
				ChangedKeys.this.newTitles.add(key);
			}
			else {
				ChangedKeys.this.titles.get(this.dataset).add(key);
			}
		}

	}

}
