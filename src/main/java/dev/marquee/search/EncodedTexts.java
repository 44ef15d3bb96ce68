package dev.marquee.search;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.lucene.util.BytesRef;

/**
 * A document's texts as the index keeps them in its {@value Searchable#TEXTS} doc value:
 * each folded and {@link Folding#encode encoded}, in {@link Searchable#names()} order,
 * separated by a control character, as UTF-8. A candidate is judged from these bytes: a
 * text's spelling is compared without decoding it, and only the texts its spelling leaves
 * a chance are decoded, so judging a film with dozens of alternate titles makes a string
 * of few of them.
 * <p>
 * Read from a doc value, the bytes are the reader's own and hold only until it reads the
 * next document: a view is judged at once, never kept.
 */
final class EncodedTexts {

	/**
	 * Between two texts: a control character, never part of a folded text.
	 */
	static final char SEPARATOR = '\u001e';

	private final byte[] bytes;

	/**
	 * Where each text starts, and after the last one where the bytes end plus one (as if
	 * a separator followed).
	 */
	private final int[] starts;

	private EncodedTexts(byte[] bytes, int offset, int length) {
		int count = 1;
		for (int i = offset; i < offset + length; i++) {
			if (bytes[i] == SEPARATOR) {
				count++;
			}
		}
		this.bytes = bytes;
		this.starts = new int[count + 1];
		this.starts[0] = offset;
		int text = 1;
		for (int i = offset; i < offset + length; i++) {
			if (bytes[i] == SEPARATOR) {
				this.starts[text++] = i + 1;
			}
		}
		this.starts[count] = offset + length + 1;
	}

	static EncodedTexts of(BytesRef value) {
		return new EncodedTexts(value.bytes, value.offset, value.length);
	}

	static EncodedTexts of(List<String> encoded) {
		byte[] bytes = join(encoded).getBytes(StandardCharsets.UTF_8);
		return new EncodedTexts(bytes, 0, bytes.length);
	}

	/**
	 * The texts, each {@link Folding#encode encoded}, as one doc value holds them.
	 */
	static String join(List<String> encoded) {
		return String.join(String.valueOf(SEPARATOR), encoded);
	}

	/**
	 * Whether one of the texts of a doc value ({@link #of(BytesRef)}) has an exact
	 * spelling starting with {@code prefix} (UTF-8), read from its bytes as they are:
	 * nothing decoded or allocated.
	 */
	static boolean anyStartsWith(BytesRef value, byte[] prefix) {
		byte[] bytes = value.bytes;
		int end = value.offset + value.length;
		int from = value.offset;
		for (int i = from; i <= end; i++) {
			if (i == end || bytes[i] == SEPARATOR) {
				if (Folding.startsWith(bytes, from, i, prefix)) {
					return true;
				}
				from = i + 1;
			}
		}
		return false;
	}

	int size() {
		return this.starts.length - 1;
	}

	/**
	 * Text {@code i}, decoded into a string.
	 */
	String get(int i) {
		return new String(this.bytes, this.starts[i], end(i) - this.starts[i], StandardCharsets.UTF_8);
	}

	/**
	 * Whether one of text {@code i}'s two exact spellings
	 * ({@link Folding.Words#exactForms}) starts with {@code prefix} (UTF-8), decoding
	 * nothing.
	 */
	boolean startsWith(int i, byte[] prefix) {
		return Folding.startsWith(this.bytes, this.starts[i], end(i), prefix);
	}

	/**
	 * Whether one of text {@code i}'s two exact spellings is {@code form} (UTF-8),
	 * likewise.
	 */
	boolean spelledAs(int i, byte[] form) {
		return Folding.spelledAs(this.bytes, this.starts[i], end(i), form);
	}

	/**
	 * Whether {@code word} (UTF-8) is a word of text {@code i}, or words of it joined by
	 * punctuation, likewise.
	 */
	boolean hasWord(int i, byte[] word) {
		return Folding.hasWord(this.bytes, this.starts[i], end(i), word);
	}

	private int end(int i) {
		return this.starts[i + 1] - 1;
	}

}
