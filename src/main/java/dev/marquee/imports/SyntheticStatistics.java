package dev.marquee.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * What a generated dataset holds that search depends on, read back from its files: the
 * distinct folded words (lower case, accents removed, split at anything that is not a
 * letter or a digit) of every primary, original and alternate title, and the distinct
 * names of people. Counted as 64-bit hashes, so that tens of millions fit in memory.
 *
 * @param titleWords distinct folded words of titles and alternate titles
 * @param names distinct names in name.basics
 */
public record SyntheticStatistics(long titleWords, long names) {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	public static SyntheticStatistics of(Path directory) throws IOException {
		HashSet words = new HashSet();
		HashSet names = new HashSet();
		StringBuilder word = new StringBuilder();
		read(directory, Dataset.TITLE_BASICS, (fields) -> {
			addWords(fields[2], words, word);
			if (!fields[3].equals(fields[2])) {
				addWords(fields[3], words, word);
			}
		});
		read(directory, Dataset.TITLE_AKAS, (fields) -> addWords(fields[2], words, word));
		read(directory, Dataset.NAME_BASICS, (fields) -> names.add(hash(fields[1])));
		return new SyntheticStatistics(words.size(), names.size());
	}

	static String fold(String text) {
		String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
		return folded.toLowerCase(Locale.ROOT)
			.replace("ł", "l")
			.replace("ø", "o")
			.replace("đ", "d")
			.replace("ß", "ss")
			.replace("æ", "ae")
			.replace("œ", "oe");
	}

	private static void addWords(String text, HashSet words, StringBuilder word) {
		String folded = fold(text);
		word.setLength(0);
		for (int i = 0; i <= folded.length(); i++) {
			char c = (i < folded.length()) ? folded.charAt(i) : ' ';
			if (Character.isLetterOrDigit(c)) {
				word.append(c);
			}
			else if (word.length() > 0) {
				words.add(hash(word));
				word.setLength(0);
			}
		}
	}

	private static void read(Path directory, Dataset dataset, LineConsumer consumer) throws IOException {
		Path file = directory.resolve(dataset.baseName() + ".tsv.gz");
		boolean gzip = Files.exists(file);
		if (!gzip) {
			file = directory.resolve(dataset.baseName() + ".tsv");
		}
		try (InputStream in = gzip ? new GZIPInputStream(Files.newInputStream(file), 1 << 16)
				: Files.newInputStream(file);
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8),
						1 << 16)) {
			reader.readLine();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String[] fields = line.split("\t", -1);
				if (fields.length > 3) {
					consumer.accept(fields);
				}
			}
		}
	}

	private static long hash(CharSequence text) {
		long hash = 0xCBF29CE484222325L;
		for (int i = 0; i < text.length(); i++) {
			hash = (hash ^ text.charAt(i)) * 0x100000001B3L;
		}
		return SyntheticDatasets.mix(hash);
	}

	private interface LineConsumer {

		void accept(String[] fields);

	}

	/**
	 * A set of 64-bit hashes, open addressing; 0 marks a free slot.
	 */
	private static final class HashSet {

		private long[] slots = new long[1 << 16];

		private int size;

		void add(long hash) {
			long key = (hash == 0) ? 1 : hash;
			if (this.size * 2 > this.slots.length) {
				long[] old = this.slots;
				this.slots = new long[old.length * 2];
				this.size = 0;
				for (long slot : old) {
					if (slot != 0) {
						add(slot);
					}
				}
			}
			int mask = this.slots.length - 1;
			for (int i = (int) key & mask;; i = (i + 1) & mask) {
				if (this.slots[i] == key) {
					return;
				}
				if (this.slots[i] == 0) {
					this.slots[i] = key;
					this.size++;
					return;
				}
			}
		}

		long size() {
			return this.size;
		}

	}

}
