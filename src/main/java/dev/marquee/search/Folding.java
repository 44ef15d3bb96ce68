package dev.marquee.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * How titles, names and queries become words: Unicode compatibility forms unified (NFKC),
 * lower case, accents and ligatures folded to their ASCII letters where Latin script has
 * them (Lucene's {@link ASCIIFoldingFilter}: é → e, ł → l, ø → o, æ → ae, ß → ss; Greek,
 * Cyrillic and CJK stay as they are), then cut into runs of letters and digits. Every
 * other character separates words, so "WALL·E" is {@code wall e}, "Spider-Man"
 * {@code spider man} and "Se7en" {@code se7en}. A run of words joined by punctuation
 * alone ("Spider-Man", "O'Brien", "S.W.A.T.") also gives their concatenation
 * ({@code spiderman}, {@code obrien}, {@code swat}) as an extra word of the text, so a
 * query typed without the punctuation finds it too.
 */
final class Folding {

	private Folding() {
	}

	/**
	 * A text folded and cut: its words in order, the extra concatenations, its runs of
	 * words (those joined by punctuation written together) separated by single spaces,
	 * and its words separated by single spaces (what an exact match compares).
	 */
	record Words(List<String> words, List<String> joined, String compact, String exact) {

		/**
		 * Its words with single spaces follow from its words.
		 */
		Words(List<String> words, List<String> joined, String compact) {
			this(words, joined, compact, String.join(" ", words));
		}

		/**
		 * Both spellings an exact match accepts: the words, and the words with those
		 * joined by punctuation alone written together ("wall e" and "walle" for
		 * "WALL·E").
		 */
		Set<String> exactForms() {
			return (this.compact.equals(this.exact)) ? Set.of(this.compact) : Set.of(this.exact, this.compact);
		}

		/**
		 * Every distinct word and concatenation.
		 */
		Set<String> all() {
			Set<String> all = new LinkedHashSet<>(this.words);
			all.addAll(this.joined);
			return all;
		}

		boolean isEmpty() {
			return this.words.isEmpty();
		}

	}

	/**
	 * The separator of words joined by punctuation in {@link #encode}: a control
	 * character, never part of a word.
	 */
	private static final char JOINED = '\u001f';

	/**
	 * A folded text written as one string, so an index can store it and a search read it
	 * back without folding again: its whitespace-separated runs separated by spaces, the
	 * words of a run by {@value #JOINED}.
	 */
	static String encode(Words folded) {
		StringBuilder encoded = new StringBuilder();
		int word = 0;
		for (String chunk : folded.compact().isEmpty() ? new String[0] : folded.compact().split(" ")) {
			if (!encoded.isEmpty()) {
				encoded.append(' ');
			}
			int length = 0;
			for (boolean first = true; length < chunk.length(); first = false) {
				String next = folded.words().get(word++);
				encoded.append(first ? "" : String.valueOf(JOINED)).append(next);
				length += next.length();
			}
		}
		return encoded.toString();
	}

	/**
	 * A text {@link #encode encoded} earlier, as {@link #words} gave it.
	 */
	static Words decode(String encoded) {
		if (encoded.indexOf(JOINED) < 0) {
			// No words joined by punctuation (most texts): the text as encoded is
			// both its exact spellings, and its words are what the spaces separate.
			List<String> words = new ArrayList<>(8);
			int word = 0;
			for (int i = 0; i <= encoded.length(); i++) {
				if (i == encoded.length() || encoded.charAt(i) == ' ') {
					if (i > word) {
						words.add(encoded.substring(word, i));
					}
					word = i + 1;
				}
			}
			return new Words(Collections.unmodifiableList(words), List.of(), encoded, encoded);
		}
		List<String> words = new ArrayList<>();
		List<String> joined = new ArrayList<>(1);
		StringBuilder compact = new StringBuilder(encoded.length());
		int chunk = 0;
		for (int i = 0; i <= encoded.length(); i++) {
			if (i < encoded.length() && encoded.charAt(i) != ' ') {
				continue;
			}
			if (i > chunk) {
				if (!compact.isEmpty()) {
					compact.append(' ');
				}
				int together = compact.length();
				int word = chunk;
				int count = 0;
				for (int j = chunk; j <= i; j++) {
					if (j == i || encoded.charAt(j) == JOINED) {
						words.add(encoded.substring(word, j));
						compact.append(encoded, word, j);
						word = j + 1;
						count++;
					}
				}
				if (count > 1) {
					joined.add(compact.substring(together));
				}
			}
			chunk = i + 1;
		}
		return new Words(List.copyOf(words), List.copyOf(joined), compact.toString());
	}

	/**
	 * Whether one of a text's two exact spellings ({@link Words#exactForms}) starts with
	 * {@code prefix}, read from the UTF-8 of the text as {@link #encode encoded} (bytes
	 * {@code from} to {@code to}), decoding nothing. UTF-8 keeps the order and the starts
	 * of texts, and the separators are single bytes that no other character's bytes hold.
	 */
	static boolean startsWith(byte[] encoded, int from, int to, byte[] prefix) {
		return spells(encoded, from, to, prefix, true, false) || spells(encoded, from, to, prefix, false, false);
	}

	/**
	 * Whether one of a text's two exact spellings is {@code form}, likewise.
	 */
	static boolean spelledAs(byte[] encoded, int from, int to, byte[] form) {
		return spells(encoded, from, to, form, true, true) || spells(encoded, from, to, form, false, true);
	}

	/**
	 * Whether {@code word} (UTF-8) is one of a text's words or of its words joined by
	 * punctuation ({@link Words#all}), read from the UTF-8 of the text as {@link #encode
	 * encoded} (bytes {@code from} to {@code to}), decoding nothing.
	 */
	static boolean hasWord(byte[] encoded, int from, int to, byte[] word) {
		int chunk = from;
		for (int i = from; i <= to; i++) {
			if (i < to && encoded[i] != ' ') {
				continue;
			}
			boolean joined = false;
			int start = chunk;
			for (int j = chunk; j <= i; j++) {
				if (j == i || encoded[j] == JOINED) {
					if (Arrays.equals(encoded, start, j, word, 0, word.length)) {
						return true;
					}
					joined |= j < i;
					start = j + 1;
				}
			}
			if (joined && spells(encoded, chunk, i, word, false, true)) {
				return true;
			}
			chunk = i + 1;
		}
		return false;
	}

	/**
	 * Compares the start (or the whole, when {@code whole}) of an encoded text, the words
	 * joined by punctuation spaced ({@code joinedSpaced}) or written together, with
	 * {@code form}.
	 */
	private static boolean spells(byte[] encoded, int from, int to, byte[] form, boolean joinedSpaced, boolean whole) {
		int at = 0;
		for (int i = from; i < to; i++) {
			byte b = encoded[i];
			if (b == JOINED) {
				if (!joinedSpaced) {
					continue;
				}
				b = ' ';
			}
			if (at == form.length) {
				return !whole;
			}
			if (b != form[at++]) {
				return false;
			}
		}
		return at == form.length;
	}

	static String fold(String text) {
		if (isAscii(text)) {
			return text.toLowerCase(Locale.ROOT); // already in NFKC, nothing to fold
		}
		String lower = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		char[] input = lower.toCharArray();
		char[] output = new char[input.length * 4];
		int length = ASCIIFoldingFilter.foldToASCII(input, 0, output, 0, input.length);
		return new String(output, 0, length);
	}

	private static boolean isAscii(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= 0x80) {
				return false;
			}
		}
		return true;
	}

	static Words words(String text) {
		String folded = fold(text);
		List<String> words = new ArrayList<>();
		List<String> joined = new ArrayList<>();
		List<String> chunks = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		StringBuilder chunk = new StringBuilder();
		int chunkWords = 0;
		for (int i = 0; i <= folded.length();) {
			int codePoint = (i < folded.length()) ? folded.codePointAt(i) : ' ';
			if (Character.isLetterOrDigit(codePoint)) {
				word.appendCodePoint(codePoint);
			}
			else {
				if (!word.isEmpty()) {
					words.add(word.toString());
					chunk.append(word);
					chunkWords++;
					word.setLength(0);
				}
				if (Character.isWhitespace(codePoint) || i >= folded.length()) {
					if (chunkWords > 1) {
						joined.add(chunk.toString());
					}
					if (chunkWords > 0) {
						chunks.add(chunk.toString());
					}
					chunk.setLength(0);
					chunkWords = 0;
				}
			}
			i += Character.charCount(codePoint);
		}
		return new Words(List.copyOf(words), List.copyOf(joined), String.join(" ", chunks));
	}

}
