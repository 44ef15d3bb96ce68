package dev.marquee.search;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A document's texts read back from the bytes of its doc value, in their places, in any
 * script, and compared without decoding.
 */
class EncodedTextsTests {

	@Test
	void everyTextKeepsItsPlaceEvenOneThatFoldsToNothing() {
		List<String> encoded = List.of(Folding.encode(Folding.words("—")), Folding.encode(Folding.words("WALL·E")),
				Folding.encode(Folding.words("Ο Άνθρωπος")), Folding.encode(Folding.words("千と千尋の神隠し")), "");
		byte[] stored = EncodedTexts.join(encoded).getBytes(StandardCharsets.UTF_8);
		// a doc value's bytes sit inside a larger buffer
		byte[] buffer = new byte[stored.length + 7];
		System.arraycopy(stored, 0, buffer, 3, stored.length);

		EncodedTexts texts = EncodedTexts.of(new BytesRef(buffer, 3, stored.length));

		assertThat(texts.size()).isEqualTo(5);
		assertThat(List.of(texts.get(0), texts.get(1), texts.get(2), texts.get(3), texts.get(4))).containsExactly("",
				"wall\u001fe", "ο άνθρωπος", "千と千尋の神隠し", "");
		assertThat(Folding.decode(texts.get(2))).isEqualTo(Folding.words("Ο Άνθρωπος"));
	}

	@Test
	void aSpellingIsComparedOnTheBytesOfOneTextOnly() {
		EncodedTexts texts = EncodedTexts.of(List.of("wall\u001fe", "ο ανθρωπος", "la la land"));

		assertThat(texts.startsWith(0, utf8("wall e"))).isTrue();
		assertThat(texts.startsWith(0, utf8("walle"))).isTrue();
		assertThat(texts.spelledAs(0, utf8("walle"))).isTrue();
		assertThat(texts.spelledAs(0, utf8("wall"))).isFalse();
		assertThat(texts.startsWith(1, utf8("ο αν"))).isTrue();
		assertThat(texts.spelledAs(1, utf8("ο ανθρωπος"))).isTrue();
		assertThat(texts.startsWith(1, utf8("ο ανθρωπος la"))).isFalse();
		assertThat(texts.startsWith(2, utf8("la la"))).isTrue();
		assertThat(texts.startsWith(2, utf8("wall"))).isFalse();
		assertThat(texts.startsWith(2, utf8(""))).isTrue();
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
