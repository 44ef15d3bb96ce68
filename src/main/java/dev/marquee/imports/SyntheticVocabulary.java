package dev.marquee.imports;

import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * A vocabulary that grows the way real text does (Heaps' law): words are drawn by rank
 * from an unbounded Zipf–Mandelbrot law (weight of rank r is (r + offset)^-exponent), and
 * the word at each rank is a fixed function of the language and the rank: the language's
 * real common words first, then words invented from its syllables by a generator seeded
 * with the rank. A few words are very common and most are rare, and the more text is
 * drawn the more distinct words it holds (about the square root of the number drawn), as
 * in IMDb's own titles and names; no word list is kept beyond a cache of the commonest
 * ranks.
 * <p>
 * The vocabularies do not depend on the dataset's seed; which words a title or a name
 * gets does.
 */
final class SyntheticVocabulary {

	/**
	 * Words of titles: "Last" and "Garden" stay among the commonest, whatever the scale.
	 */
	static final SyntheticVocabulary TITLE_WORDS = new SyntheticVocabulary(1, (language) -> language.words, false, 1.55,
			12);

	static final SyntheticVocabulary FIRST_NAMES = new SyntheticVocabulary(2, (language) -> language.firstNames, false,
			1.45, 6);

	static final SyntheticVocabulary LAST_NAMES = new SyntheticVocabulary(3, (language) -> language.lastNames, true,
			1.3, 4);

	private static final int CACHED = 4096;

	private static final long MAX_RANK = 1L << 50;

	private final long salt;

	private final Function<SyntheticLanguage, String[]> head;

	private final boolean surnames;

	private final double power;

	private final double offset;

	private final String[][] cache;

	private SyntheticVocabulary(long salt, Function<SyntheticLanguage, String[]> head, boolean surnames,
			double exponent, double offset) {
		this.salt = salt;
		this.head = head;
		this.surnames = surnames;
		this.power = -1 / (exponent - 1);
		this.offset = offset;
		this.cache = new String[SyntheticLanguage.values().length][];
		for (SyntheticLanguage language : SyntheticLanguage.values()) {
			String[] words = new String[CACHED];
			for (int rank = 0; rank < CACHED; rank++) {
				words[rank] = make(language, rank);
			}
			this.cache[language.ordinal()] = words;
		}
	}

	/**
	 * A word of the language drawn with Zipf-like frequencies.
	 */
	String draw(SplittableRandom random, SyntheticLanguage language) {
		return word(language, rank(random));
	}

	/**
	 * The rank of a draw: the continuous Zipf–Mandelbrot law, inverted.
	 */
	long rank(SplittableRandom random) {
		double rank = this.offset * (Math.pow(1 - random.nextDouble(), this.power) - 1);
		return (rank < MAX_RANK) ? (long) rank : MAX_RANK;
	}

	String word(SyntheticLanguage language, long rank) {
		return (rank < CACHED) ? this.cache[language.ordinal()][(int) rank] : make(language, rank);
	}

	private String make(SyntheticLanguage language, long rank) {
		String[] head = this.head.apply(language);
		if (rank < head.length) {
			return head[(int) rank];
		}
		long seed = SyntheticDatasets.mix(this.salt * 0x1_0000L + language.ordinal()) ^ SyntheticDatasets.mix(rank);
		return language.invent(new SplittableRandom(seed), this.surnames);
	}

}
