package dev.marquee.search;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The folded form of a text that the index stores reads back as the text folds.
 */
class FoldingTests {

	@Test
	void punctuationJoinsWordsAndAccentsFold() {
		Folding.Words folded = Folding.words("WALL·E and Spider-Man: Kálmán's Se7en");
		assertThat(folded)
			.isEqualTo(new Folding.Words(List.of("wall", "e", "and", "spider", "man", "kalman", "s", "se7en"),
					List.of("walle", "spiderman", "kalmans"), "walle and spiderman kalmans se7en"));
		assertThat(Folding.encode(folded)).isEqualTo("wall\u001fe and spider\u001fman kalman\u001fs se7en");
	}

	@Test
	void anEmptyTextStaysEmpty() {
		assertThat(Folding.decode(Folding.encode(Folding.words("—")))).isEqualTo(Folding.words("—"))
			.isEqualTo(new Folding.Words(List.of(), List.of(), ""));
	}

	@Property(tries = 2000)
	void whatIsStoredReadsBackAsTheTextFolds(@ForAll String text) {
		Folding.Words folded = Folding.words(text);
		assertThat(Folding.decode(Folding.encode(folded))).isEqualTo(folded);
	}

}
