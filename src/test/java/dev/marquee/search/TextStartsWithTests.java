package dev.marquee.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.marquee.search.Searchable.Kind;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search-as-you-type tier of texts that start with what was typed finds exactly the
 * documents with a text one of whose exact spellings starts with one of the typed
 * spellings, whether the start is short enough to be an indexed term or is checked on the
 * documents with its words ({@link TextStartsWith}).
 */
class TextStartsWithTests {

	private static final List<String> WORDS = List.of("wall", "e", "walle", "the", "thé", "dark", "darkness", "spider",
			"man", "spiderman", "el", "ñu", "valle", "o", "brien", "obrien", "7", "se7en", "валл", "и");

	private static final List<String> SEPARATORS = List.of(" ", " ", "-", "·", ": ", "'", ".");

	@Test
	void aStartLongerThanTheIndexedPrefixesIsCheckedOnTheTextsWithItsWords() throws IOException {
		List<List<String>> films = List.of(List.of("Spider-Man: No Way Home"), List.of("Spiderman Returns"),
				List.of("The Spider Man"), List.of("Man of Steel", "Spider-Man Unlimited"), List.of("WALL·E"),
				List.of("Walle Valley"));
		assertThat(found(films, "spider man")).containsExactly(0, 3);
		assertThat(found(films, "spiderman")).containsExactly(0, 1, 3);
		assertThat(found(films, "spiderma")).containsExactly(0, 1, 3);
		assertThat(found(films, "spider ma")).containsExactly(0, 3);
		assertThat(found(films, "the spider m")).containsExactly(2);
		assertThat(found(films, "wall e")).containsExactly(4);
		assertThat(found(films, "walle")).containsExactly(4, 5);
		assertThat(found(films, "walle v")).containsExactly(5);
		assertThat(found(films, "man of s")).containsExactly(3);
		assertThat(found(films, "of steel")).isEmpty();
	}

	@Property(tries = 200)
	void theTierFindsExactlyTheTextsStartingWithWhatWasTyped(@ForAll("catalogues") List<List<String>> films,
			@ForAll("typing") Typing typing) throws IOException {
		String typed = typing.of(films);
		for (String form : Folding.words(typed).isEmpty() ? Set.<String>of() : Folding.words(typed).exactForms()) {
			assertThat(found(films, form)).as("%s typed as %s", films, form).isEqualTo(expected(films, form));
		}
	}

	@Provide
	Arbitrary<List<List<String>>> catalogues() {
		Arbitrary<String> word = Arbitraries.of(WORDS).map(TextStartsWithTests::capitalized);
		Arbitrary<String> separator = Arbitraries.of(SEPARATORS);
		Arbitrary<String> text = Combinators.combine(word.list().ofMinSize(1).ofMaxSize(4), separator.list().ofSize(3))
			.as((words, separators) -> {
				StringBuilder joined = new StringBuilder(words.get(0));
				for (int i = 1; i < words.size(); i++) {
					joined.append(separators.get(i - 1)).append(words.get(i));
				}
				return joined.toString();
			});
		return text.list().ofMinSize(1).ofMaxSize(3).list().ofMinSize(1).ofMaxSize(8);
	}

	@Provide
	Arbitrary<Typing> typing() {
		return Combinators
			.combine(Arbitraries.integers().between(0, 100), Arbitraries.integers().between(0, 100),
					Arbitraries.integers().between(1, 40))
			.as(Typing::new);
	}

	/**
	 * The first {@code length} characters of one of the catalogue's texts, picked by
	 * {@code film} and {@code text}.
	 */
	record Typing(int film, int text, int length) {

		String of(List<List<String>> films) {
			List<String> texts = films.get(this.film % films.size());
			String whole = texts.get(this.text % texts.size());
			return whole.substring(0, Math.min(this.length, whole.length()));
		}

	}

	private static String capitalized(String word) {
		return word.substring(0, 1).toUpperCase() + word.substring(1);
	}

	private static Set<Integer> expected(List<List<String>> films, String form) {
		Set<Integer> expected = new TreeSet<>();
		for (int film = 0; film < films.size(); film++) {
			for (String text : films.get(film)) {
				Folding.Words words = Folding.words(text);
				if (!words.isEmpty() && words.exactForms().stream().anyMatch((spelling) -> spelling.startsWith(form))) {
					expected.add(film);
				}
			}
		}
		return expected;
	}

	private static Set<Integer> found(List<List<String>> films, String typed) throws IOException {
		try (Directory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
			for (int film = 0; film < films.size(); film++) {
				List<String> texts = films.get(film);
				writer.addDocument(new Searchable(Kind.FILM, film, null, texts.get(0),
						new ArrayList<>(texts.subList(1, texts.size())), null, null, 0)
					.document());
			}
			writer.commit();
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				IndexSearcher searcher = new IndexSearcher(reader);
				searcher.setQueryCache(null);
				Set<Integer> found = new TreeSet<>();
				for (ScoreDoc hit : searcher.search(Search.startsWith(typed), 100).scoreDocs) {
					found.add(hit.doc);
				}
				return found;
			}
		}
	}

}
