package dev.marquee.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.marquee.search.Searchable.Kind;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The terms a document is found by: every distinct word and concatenation of its texts,
 * their first one to three characters, each text's exact spellings and their first one to
 * five characters, each once, in one document.
 */
class SearchableTermsTests {

	@Test
	void aFilmIsIndexedByItsWordsTheirPrefixesItsSpellingsAndTheirPrefixes() throws IOException {
		Searchable film = new Searchable(Kind.FILM, 1, "tt0910970", "WALL·E", List.of("Wall-E", "ВАЛЛ-И", "—", "El Ñu"),
				"movie", 2008, 1_200_000);
		assertThat(terms(film))
			.isEqualTo(Map.of(Searchable.KIND, Set.of("f"), Searchable.TYPE, Set.of("movie"), Searchable.UID,
					Set.of("f1"), Searchable.WORD, Set.of("wall", "e", "walle", "валл", "и", "валли", "el", "nu"),
					Searchable.WORD_PREFIX, Set.of("w", "wa", "wal", "e", "в", "ва", "вал", "и", "n", "nu", "el"),
					Searchable.EXACT, Set.of("wall e", "walle", "валл и", "валли", "el nu"), Searchable.EXACT_PREFIX,
					Set.of("w", "wa", "wal", "wall", "wall ", "walle", "в", "ва", "вал", "валл", "валл ", "валли", "e",
							"el", "el ", "el n", "el nu")));
	}

	@Test
	void prefixesCountCharactersNotCharsAndStopAtTheTextsEnd() throws IOException {
		Searchable person = new Searchable(Kind.PERSON, 2, null, "𠀀𠀁 Abcdefghijklmnop", List.of(), null, null, 0);
		Map<String, Set<String>> terms = terms(person);
		assertThat(terms.get(Searchable.WORD_PREFIX)).isEqualTo(Set.of("𠀀", "𠀀𠀁", "a", "ab", "abc"));
		assertThat(terms.get(Searchable.EXACT_PREFIX)).isEqualTo(Set.of("𠀀", "𠀀𠀁", "𠀀𠀁 ", "𠀀𠀁 a", "𠀀𠀁 ab"));
	}

	@Property(tries = 300)
	void aDocumentHoldsExactlyTheTermsItsTextsGive(@ForAll String name, @ForAll @Size(max = 6) List<String> others)
			throws IOException {
		Searchable film = new Searchable(Kind.FILM, 3, null, name, others, null, null, 0);
		Map<String, Set<String>> expected = new TreeMap<>();
		Set<String> words = new TreeSet<>();
		Set<String> exact = new TreeSet<>();
		for (String text : film.names()) {
			Folding.Words folded = Folding.words(text);
			words.addAll(folded.all());
			if (!folded.isEmpty()) {
				exact.addAll(folded.exactForms());
			}
		}
		expected.put(Searchable.KIND, Set.of("f"));
		expected.put(Searchable.UID, Set.of("f3"));
		if (!words.isEmpty()) {
			expected.put(Searchable.WORD, words);
			expected.put(Searchable.WORD_PREFIX, prefixes(words, Searchable.WORD_PREFIX_LENGTH));
		}
		if (!exact.isEmpty()) {
			expected.put(Searchable.EXACT, exact);
			expected.put(Searchable.EXACT_PREFIX, prefixes(exact, Searchable.EXACT_PREFIX_LENGTH));
		}
		assertThat(terms(film)).isEqualTo(expected);
	}

	private static Set<String> prefixes(Set<String> texts, int longest) {
		Set<String> prefixes = new TreeSet<>();
		for (String text : texts) {
			int end = 0;
			for (int count = 0; count < longest && end < text.length(); count++) {
				end += Character.charCount(text.codePointAt(end));
				prefixes.add(text.substring(0, end));
			}
		}
		return prefixes;
	}

	/**
	 * Every indexed field's terms in a one-document index, each checked to be held by
	 * that document once.
	 */
	private static Map<String, Set<String>> terms(Searchable searchable) throws IOException {
		Map<String, Set<String>> terms = new TreeMap<>();
		try (Directory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
			writer.addDocument(searchable.document());
			writer.commit();
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				LeafReader leaf = reader.leaves().get(0).reader();
				for (var field : leaf.getFieldInfos()) {
					Terms fieldTerms = leaf.terms(field.name);
					if (fieldTerms == null) {
						continue;
					}
					List<String> values = new ArrayList<>();
					TermsEnum each = fieldTerms.iterator();
					for (BytesRef term = each.next(); term != null; term = each.next()) {
						assertThat(each.docFreq()).isEqualTo(1);
						PostingsEnum postings = each.postings(null, PostingsEnum.NONE);
						assertThat(postings.nextDoc()).isZero();
						values.add(term.utf8ToString());
					}
					if (!values.isEmpty()) {
						terms.put(field.name, new TreeSet<>(values));
					}
				}
			}
		}
		return terms;
	}

}
