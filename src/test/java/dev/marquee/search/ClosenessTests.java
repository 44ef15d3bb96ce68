package dev.marquee.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jspecify.annotations.Nullable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Judging a candidate skips the texts whose spelling leaves them no chance, and forgives
 * typos only when they can still win; neither may change which text is the closest.
 */
class ClosenessTests {

	private static final List<String> WORDS = List.of("la", "land", "lan", "lamd", "the", "a", "wall-e", "walle",
			"wall", "e", "spider-man", "spider", "man", "mann", "amelie", "amélie", "se7en", "seven");

	@Property(tries = 3000)
	void theClosestTextIsTheOneThatJudgedAloneIsClosest(@ForAll("texts") List<String> texts,
			@ForAll("texts") List<String> queries, @ForAll boolean typing) {
		Folding.Words query = Folding.words(queries.get(0));
		if (query.isEmpty()) {
			return;
		}
		List<String> encoded = texts.stream().map((text) -> Folding.encode(Folding.words(text))).toList();
		Closeness alone = null;
		for (int i = 0; i < encoded.size(); i++) {
			Closeness closeness = Closeness.of(Closeness.Typed.of(query), EncodedTexts.of(List.of(encoded.get(i))),
					typing);
			if (closeness != null) {
				closeness = new Closeness(closeness.match(), closeness.edits(), closeness.startsWith(), i);
				if (alone == null || Closeness.order(typing).compare(closeness, alone) < 0) {
					alone = closeness;
				}
			}
		}
		@Nullable Closeness together = Closeness.of(Closeness.Typed.of(query), EncodedTexts.of(encoded), typing);
		assertThat(together).isEqualTo(alone);
	}

	@Property(tries = 2000)
	void theSpellingAndTheWordsAreReadFromTheEncodedTextAsFromTheDecoded(@ForAll("texts") List<String> texts,
			@ForAll("texts") List<String> forms) {
		Folding.Words text = Folding.words(texts.get(0));
		String encoded = Folding.encode(text);
		// the text among others, as a document holds it
		EncodedTexts held = EncodedTexts.of(List.of("spider\u001fman", encoded, "kalman"));
		for (String form : Folding.words(forms.get(0)).exactForms()) {
			for (int length = 0; length <= form.length(); length++) {
				String prefix = form.substring(0, length);
				byte[] utf8 = prefix.getBytes(StandardCharsets.UTF_8);
				assertThat(held.startsWith(1, utf8)).as("%s starts with %s", encoded, prefix)
					.isEqualTo(text.exactForms().stream().anyMatch((spelling) -> spelling.startsWith(prefix)));
				assertThat(held.spelledAs(1, utf8)).as("%s spelled %s", encoded, prefix)
					.isEqualTo(text.exactForms().contains(prefix));
			}
		}
		Set<String> words = new LinkedHashSet<>(Folding.words(forms.get(0)).all());
		words.addAll(text.all());
		for (String word : words) {
			for (int length = 1; length <= word.length(); length++) {
				String part = word.substring(0, length);
				assertThat(held.hasWord(1, part.getBytes(StandardCharsets.UTF_8)))
					.as("%s has the word %s", encoded, part)
					.isEqualTo(text.all().contains(part));
			}
		}
	}

	@Provide
	Arbitrary<List<String>> texts() {
		Arbitrary<String> text = Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(4).map((words) -> {
			List<String> spaced = new ArrayList<>(words);
			return String.join(" ", spaced);
		});
		Arbitrary<String> typed = Arbitraries.integers()
			.between(1, 12)
			.flatMap((cut) -> text.map((t) -> t.substring(0, Math.min(cut, t.length()))));
		return Arbitraries.oneOf(text, typed).list().ofMinSize(1).ofMaxSize(6);
	}

}
