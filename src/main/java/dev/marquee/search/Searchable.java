package dev.marquee.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * A film or a person as the search index holds it: one Lucene document, its texts (a
 * film's title, original title and alternate titles; a person's name) folded into words
 * ({@link Folding}), its filters and its popularity. The fields:
 * <ul>
 * <li>{@value #WORD}: every distinct word and concatenation of every text (whole-word and
 * fuzzy matches, prefixes of four characters or more);</li>
 * <li>{@value #WORD_PREFIX}: the first one, two and three characters of each word
 * (shorter prefixes match too many words to expand at query time);</li>
 * <li>{@value #EXACT}: each text's words joined by single spaces, and with the words that
 * punctuation joins written together ({@link Folding.Words#exactForms}) (exact
 * matches);</li>
 * <li>{@value #EXACT_PREFIX}: the first 1 to {@value #EXACT_PREFIX_LENGTH} characters of
 * that (titles starting with what the user has typed; a longer start is checked on the
 * documents starting so and with its words, {@link TextStartsWith}: indexing the longer
 * prefixes too cost a rebuild a quarter more processor time at 3M titles);</li>
 * <li>{@value #KIND}, {@value #TYPE} (a film's type) and {@value #YEAR}: filters;</li>
 * <li>{@value #POPULARITY} (rating votes, or cast and crew credits) and {@value #ORDER}:
 * the index is sorted by them ({@link #INDEX_ORDER}), so a query ranked by popularity
 * stops after its first hits in every segment, however many documents match;</li>
 * <li>{@value #TEXTS}: every text folded and {@link Folding#encode encoded}, in
 * {@link #names()} order, as one binary doc value: a search judges its candidates from it
 * and their popularity and order doc values alone, uncompressed, so a candidate that does
 * not make the page costs no stored-field block decompressed and no string of it
 * decoded;</li>
 * <li>stored, read for the hits shown only: id, IMDb id, display name, type, year and,
 * last, the other texts, each once, in {@link #names()} order (a hit reads only the one
 * it matched by, {@link #hit}).</li>
 * </ul>
 * Only documents (which documents hold a term), never frequencies or positions, are
 * indexed: ranking is by closeness computed on the texts, then popularity.
 */
record Searchable(Kind kind, long id, @Nullable String imdbId, String name, List<String> otherNames,
		@Nullable String type, @Nullable Integer year, long popularity) {

	enum Kind {

		FILM("f"), PERSON("p");

		final String code;

		Kind(String code) {
			this.code = code;
		}

		static Kind of(String code) {
			return "f".equals(code) ? FILM : PERSON;
		}

	}

	static final String UID = "uid";

	static final String KIND = "kind";

	static final String WORD = "w";

	static final String WORD_PREFIX = "wp";

	static final int WORD_PREFIX_LENGTH = 3;

	static final String EXACT = "x";

	static final String EXACT_PREFIX = "xp";

	static final int EXACT_PREFIX_LENGTH = 5;

	static final String TYPE = "type";

	static final String YEAR = "year";

	static final String POPULARITY = "pop";

	static final String ORDER = "order";

	static final String ID = "id";

	static final String IMDB_ID = "imdb";

	static final String NAME = "name";

	static final String OTHER_NAME = "other";

	static final String TEXTS = "texts";

	static final Sort INDEX_ORDER = new Sort(new SortField(POPULARITY, SortField.Type.LONG, true),
			new SortField(ORDER, SortField.Type.LONG));

	static Term uid(Kind kind, long id) {
		return new Term(UID, kind.code + id);
	}

	Term uid() {
		return uid(this.kind, this.id);
	}

	/**
	 * Every text, the display name first, each once.
	 */
	List<String> names() {
		Set<String> names = new LinkedHashSet<>();
		names.add(this.name);
		names.addAll(this.otherNames);
		return new ArrayList<>(names);
	}

	Document document() {
		Document document = new Document();
		document.add(new StringField(UID, uid().text(), Field.Store.NO));
		document.add(new StringField(KIND, this.kind.code, Field.Store.YES));
		Set<String> words = new LinkedHashSet<>();
		Set<String> exact = new LinkedHashSet<>();
		List<String> texts = new ArrayList<>();
		List<String> names = names();
		for (String text : names) {
			Folding.Words folded = Folding.words(text);
			texts.add(Folding.encode(folded));
			words.addAll(folded.all());
			if (!folded.isEmpty()) {
				exact.addAll(folded.exactForms());
			}
		}
		document.add(new BinaryDocValuesField(TEXTS, new BytesRef(EncodedTexts.join(texts))));
		if (!words.isEmpty()) {
			document.add(TermStream.whole(WORD, words));
			document.add(TermStream.prefixes(WORD_PREFIX, words, WORD_PREFIX_LENGTH));
		}
		if (!exact.isEmpty()) {
			document.add(TermStream.whole(EXACT, exact));
			document.add(TermStream.prefixes(EXACT_PREFIX, exact, EXACT_PREFIX_LENGTH));
		}
		if (this.type != null) {
			document.add(new StringField(TYPE, this.type, Field.Store.YES));
		}
		if (this.year != null) {
			document.add(new IntPoint(YEAR, this.year));
			document.add(new StoredField(YEAR, this.year));
		}
		document.add(new NumericDocValuesField(POPULARITY, this.popularity));
		document.add(new NumericDocValuesField(ORDER, this.id * 2 + this.kind.ordinal()));
		document.add(new StoredField(POPULARITY, this.popularity));
		document.add(new StoredField(ID, this.id));
		if (this.imdbId != null) {
			document.add(new StoredField(IMDB_ID, this.imdbId));
		}
		document.add(new StoredField(NAME, this.name));
		for (String other : names.subList(1, names.size())) {
			document.add(new StoredField(OTHER_NAME, other));
		}
		return document;
	}

	/**
	 * What a hit shows, read from its stored document: its kind, ids, display name, type
	 * and year, and of its texts only the one at {@code text} in {@link #names()} order
	 * (the one it matched by). The other texts, hundreds for the most popular films, are
	 * skipped undecoded: {@link #document()} stores them last, so the reading stops once
	 * the one wanted is read.
	 */
	static Hit hit(StoredFields stored, int doc, int text) throws IOException {
		HitFields fields = new HitFields(text);
		stored.document(doc, fields);
		if (fields.name == null || fields.matched == null) {
			throw new IllegalStateException("Search index document " + doc + " lacks its name or text " + text);
		}
		return new Hit(Kind.of(fields.kind), fields.id, fields.imdbId, fields.name, fields.type, fields.year,
				fields.matched);
	}

	/**
	 * A film or person as a hit shows it, with the text it matched by.
	 */
	record Hit(Kind kind, long id, @Nullable String imdbId, String name, @Nullable String type, @Nullable Integer year,
			String matched) {

	}

	private static final class HitFields extends StoredFieldVisitor {

		private final int text;

		private int others;

		private @Nullable String kind;

		private long id;

		private @Nullable String imdbId;

		private @Nullable String name;

		private @Nullable String type;

		private @Nullable Integer year;

		private @Nullable String matched;

		HitFields(int text) {
			this.text = text;
		}

		@Override
		public Status needsField(FieldInfo field) {
			if (OTHER_NAME.equals(field.name)) {
				if (this.matched != null) {
					return Status.STOP;
				}
				return (++this.others == this.text) ? Status.YES : Status.NO;
			}
			return POPULARITY.equals(field.name) ? Status.NO : Status.YES;
		}

		@Override
		public void stringField(FieldInfo field, String value) {
			switch (field.name) {
				case KIND -> this.kind = value;
				case IMDB_ID -> this.imdbId = value;
				case TYPE -> this.type = value;
				case NAME -> {
					this.name = value;
					if (this.text == 0) {
						this.matched = value;
					}
				}
				case OTHER_NAME -> this.matched = value;
				default -> {
				}
			}
		}

		@Override
		public void intField(FieldInfo field, int value) {
			if (YEAR.equals(field.name)) {
				this.year = value;
			}
		}

		@Override
		public void longField(FieldInfo field, long value) {
			if (ID.equals(field.name)) {
				this.id = value;
			}
		}

	}

	/**
	 * The kind and id a document's {@value #ORDER} doc value holds.
	 */
	static Kind kindOf(long order) {
		return Kind.values()[(int) (order & 1)];
	}

	static long idOf(long order) {
		return order >>> 1;
	}

}
