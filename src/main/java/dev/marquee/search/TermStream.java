package dev.marquee.search;

import java.util.Collection;
import java.util.Iterator;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.jspecify.annotations.Nullable;

/**
 * A document's terms of one field, all of them in one field value: each string whole, or
 * its first 1 to {@code longest} characters (code points), written straight into the term
 * attribute. A document once held a field value per term (hundreds for a film with many
 * alternate titles), and a string and a set entry per prefix; one value per field saves
 * the writer's per-value work and the building's garbage.
 * <p>
 * A term may come more than once (two words sharing a prefix): the fields index documents
 * only ({@link #TYPE}), never frequencies, positions or norms, so a document holds a term
 * once however often it gives it, and the index is the same as with one
 * {@link org.apache.lucene.document.StringField} a distinct term.
 */
final class TermStream extends TokenStream {

	/**
	 * Indexed as a {@link org.apache.lucene.document.StringField} is (documents only, no
	 * norms), but fed by a token stream.
	 */
	static final FieldType TYPE = new FieldType();

	static {
		TYPE.setIndexOptions(IndexOptions.DOCS);
		TYPE.setOmitNorms(true);
		TYPE.setTokenized(true);
		TYPE.freeze();
	}

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final Collection<String> strings;

	private final int longest;

	private @Nullable Iterator<String> next;

	private @Nullable String current;

	private int end;

	private int count;

	private TermStream(Collection<String> strings, int longest) {
		this.strings = strings;
		this.longest = longest;
	}

	/**
	 * A field of the strings whole.
	 */
	static Field whole(String name, Collection<String> strings) {
		return new Field(name, new TermStream(strings, 0), TYPE);
	}

	/**
	 * A field of each string's first 1 to {@code longest} characters.
	 */
	static Field prefixes(String name, Collection<String> strings, int longest) {
		return new Field(name, new TermStream(strings, longest), TYPE);
	}

	@Override
	public void reset() {
		this.next = this.strings.iterator();
		this.current = null;
	}

	@Override
	public boolean incrementToken() {
		Iterator<String> strings = this.next;
		if (strings == null) {
			throw new IllegalStateException("reset() was not called");
		}
		String string = this.current;
		if (this.longest == 0) {
			if (!strings.hasNext()) {
				return false;
			}
			clearAttributes();
			this.term.append(strings.next());
			return true;
		}
		while (string == null || this.count == this.longest || this.end == string.length()) {
			if (!strings.hasNext()) {
				return false;
			}
			string = strings.next();
			this.current = string;
			this.end = 0;
			this.count = 0;
		}
		this.end += Character.charCount(string.codePointAt(this.end));
		this.count++;
		clearAttributes();
		this.term.append(string, 0, this.end);
		return true;
	}

}
