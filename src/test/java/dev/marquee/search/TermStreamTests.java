package dev.marquee.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Field;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a document's field of terms gives the index writer, token by token: each prefix
 * once, however many strings share it, counted in code points.
 */
class TermStreamTests {

	@Test
	void eachPrefixIsGivenOnceHoweverManyStringsShareIt() throws IOException {
		Field field = TermStream.prefixes("p", Set.of("then", "that", "the", "a", "tha"), 3);
		assertThat(tokens(field)).containsExactly("a", "t", "th", "tha", "the");
	}

	@Test
	void aSharedPrefixLongerThanTheLongestGivesNothingMore() throws IOException {
		Field field = TermStream.prefixes("p", Set.of("wall e", "wall street", "walle"), 4);
		assertThat(tokens(field)).containsExactly("w", "wa", "wal", "wall");
	}

	@Test
	void stringsThatDifferInASurrogatePairsSecondHalfShareNothingOfThatPair() throws IOException {
		// U+20000 and U+20001: the same high surrogate, other low ones.
		Field field = TermStream.prefixes("p", Set.of("\uD840\uDC00a", "\uD840\uDC01b"), 2);
		assertThat(tokens(field)).containsExactly("\uD840\uDC00", "\uD840\uDC00a", "\uD840\uDC01", "\uD840\uDC01b");
	}

	@Test
	void wholeStringsAreGivenAsTheyAre() throws IOException {
		Field field = TermStream.whole("w", List.of("the", "then"));
		assertThat(tokens(field)).containsExactly("the", "then");
	}

	private static List<String> tokens(Field field) throws IOException {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = field.tokenStreamValue()) {
			CharTermAttribute term = stream.getAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString());
			}
			stream.end();
		}
		return tokens;
	}

}
