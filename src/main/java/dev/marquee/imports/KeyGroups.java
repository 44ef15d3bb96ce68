package dev.marquee.imports;

import java.util.Comparator;

import org.jspecify.annotations.Nullable;

/**
 * A dataset file's lines as groups: the consecutive lines of one key (a title's lines in
 * every title file, a person's line in {@code name.basics}), each with a 64-bit hash of
 * its lines. A line whose key is not an id belongs to the group before it (or to a group
 * with the empty key when it comes first) and marks that group as holding a bad key.
 * Watches whether the keys come in ascending order, numerically or as text (IMDb's files
 * and the generator's are sorted by key): a refresh compares a file with its baseline
 * group by group, which needs one of the two.
 */
final class KeyGroups {

	private static final long FNV_OFFSET = 0xcbf29ce484222325L;

	private static final long FNV_PRIME = 0x100000001b3L;

	/**
	 * A group ended.
	 *
	 * @param key its key, empty for lines before the first valid key
	 * @param hash the hash of its lines in order
	 * @param lines how many lines it has
	 * @param badKey whether a line of it has a key that is not an id
	 */
	record Group(String key, long hash, int lines, boolean badKey) {
	}

	/** How keys are ordered in a file. */
	enum Order {

		/** Shorter ids first, then as text: tt9999999 before tt10000000. */
		NUMERIC(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder())),

		/** As text: tt10000000 before tt9999999. */
		TEXT(Comparator.naturalOrder());

		private final Comparator<String> comparator;

		Order(Comparator<String> comparator) {
			this.comparator = comparator;
		}

		int compare(String a, String b) {
			return this.comparator.compare(a, b);
		}

	}

	private final String prefix;

	private @Nullable String key;

	private long hash;

	private int lines;

	private boolean badKey;

	private boolean numeric = true;

	private boolean text = true;

	KeyGroups(Dataset dataset) {
		this.prefix = (dataset == Dataset.NAME_BASICS) ? "nm" : "tt";
	}

	/**
	 * Adds the next line: answers the group it ended, when it starts a new one.
	 */
	@Nullable Group add(String line) {
		String lineKey = keyOf(line);
		Group ended = null;
		if (this.key == null) {
			start((lineKey != null) ? lineKey : "");
		}
		else if (lineKey != null && !lineKey.equals(this.key)) {
			this.numeric &= Order.NUMERIC.compare(this.key, lineKey) < 0;
			this.text &= Order.TEXT.compare(this.key, lineKey) < 0;
			ended = group();
			start(lineKey);
		}
		if (lineKey == null) {
			this.badKey = true;
		}
		long h = this.hash;
		for (int i = 0; i < line.length(); i++) {
			h = (h ^ line.charAt(i)) * FNV_PRIME;
		}
		this.hash = (h ^ '\n') * FNV_PRIME;
		this.lines++;
		return ended;
	}

	/**
	 * The last group, once every line is added; {@code null} for a file without lines.
	 */
	@Nullable Group finish() {
		return (this.key != null) ? group() : null;
	}

	/**
	 * The key of the group the last line added belongs to.
	 */
	String key() {
		return (this.key != null) ? this.key : "";
	}

	/**
	 * The order the keys came in so far, numeric when both hold; {@code null} when
	 * neither.
	 */
	@Nullable Order order() {
		return this.numeric ? Order.NUMERIC : this.text ? Order.TEXT : null;
	}

	boolean sortedBy(Order order) {
		return (order == Order.NUMERIC) ? this.numeric : this.text;
	}

	private void start(String key) {
		this.key = key;
		this.hash = FNV_OFFSET;
		this.lines = 0;
		this.badKey = false;
	}

	private Group group() {
		// FNV-1a's bits finished with MurmurHash3's mix, so that every bit of the
		// 64 depends on every character.
		long h = this.hash;
		h ^= h >>> 33;
		h *= 0xff51afd7ed558ccdL;
		h ^= h >>> 33;
		h *= 0xc4ceb9fe1a85ec53L;
		h ^= h >>> 33;
		return new Group(this.key, h, this.lines, this.badKey);
	}

	private @Nullable String keyOf(String line) {
		String field = field(line, 0);
		return LineRules.isId(field, this.prefix) ? field : null;
	}

	/**
	 * The line's field at {@code index} (0-based), empty when it has fewer.
	 */
	static String field(String line, int index) {
		int start = 0;
		for (int i = 0; i < index; i++) {
			start = line.indexOf('\t', start) + 1;
			if (start == 0) {
				return "";
			}
		}
		int end = line.indexOf('\t', start);
		return line.substring(start, (end < 0) ? line.length() : end);
	}

}
