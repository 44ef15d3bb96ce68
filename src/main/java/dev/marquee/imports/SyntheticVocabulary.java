package dev.marquee.imports;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The words of synthetic titles, drawn the way real titles use words: a few are very
 * common and most are rare. A fixed head of real words (including the accented ones that
 * exercise folding) is followed by invented but pronounceable words, {@value #SIZE} in
 * all; a draw follows a Zipf–Mandelbrot law (weight of the word at rank r is 1/(r +
 * {@value #OFFSET})), so the commonest word is in about one title in ten and most words
 * in a handful per hundred thousand. Search over such titles behaves like search over
 * real ones: a common trigram matches a small part of the table, not half of it.
 * <p>
 * The vocabulary itself does not depend on the dataset's seed (the same word list for
 * every dataset); which words a title gets does.
 */
final class SyntheticVocabulary {

	static final int SIZE = 4000;

	private static final double OFFSET = 2.7;

	/**
	 * The commonest words, in rank order: "Last" and "Garden" are the benchmark's query
	 * words, so they must stay common enough to match titles at every scale.
	 */
	private static final String[] HEAD = { "Love", "Night", "Man", "Story", "Last", "City", "Dream", "Girl", "Life",
			"Midnight", "Return", "Home", "House", "Secret", "Day", "Garden", "Summer", "World", "Fire", "Shadow",
			"Stars", "Été", "Silent", "Ocean", "Kingdom", "River", "Song", "Journey", "Promise", "Città", "Blood",
			"Dead", "King", "Black", "Time", "Łódź", "Sønner", "Amélie", "夜", "Zürich", "Ölfarbe", "Lady", "War",
			"Heart", "Road", "Sea", "Wild", "Lost", "Gold", "Moon" };

	private static final String[] ONSETS = { "", "b", "br", "c", "ch", "cl", "d", "dr", "f", "fl", "g", "gr", "h", "j",
			"k", "l", "m", "n", "p", "pr", "qu", "r", "s", "sh", "sl", "st", "t", "th", "tr", "v", "w", "z" };

	private static final String[] VOWELS = { "a", "e", "i", "o", "u", "ai", "ea", "ee", "ie", "oa", "ou", "y", "à", "é",
			"ö" };

	private static final String[] CODAS = { "", "", "n", "r", "l", "s", "m", "nd", "rt", "st", "th", "ck", "x", "ng",
			"ll", "sk" };

	private static final String[] WORDS = words();

	private static final double[] CUMULATIVE = cumulative();

	private SyntheticVocabulary() {
	}

	/**
	 * A word drawn with Zipf-like frequencies.
	 */
	static String draw(SplittableRandom random) {
		int found = Arrays.binarySearch(CUMULATIVE, random.nextDouble() * CUMULATIVE[SIZE - 1]);
		return WORDS[Math.min((found >= 0) ? found : -found - 1, SIZE - 1)];
	}

	private static String[] words() {
		Set<String> words = new LinkedHashSet<>(Arrays.asList(HEAD));
		SplittableRandom random = new SplittableRandom(0x574F524453L);
		while (words.size() < SIZE) {
			StringBuilder word = new StringBuilder();
			for (int syllables = syllables(random.nextDouble()); syllables > 0; syllables--) {
				word.append(ONSETS[random.nextInt(ONSETS.length)])
					.append(VOWELS[random.nextInt(VOWELS.length)])
					.append(CODAS[random.nextInt(CODAS.length)]);
			}
			if (word.length() >= 3) {
				words.add(Character.toUpperCase(word.charAt(0)) + word.substring(1));
			}
		}
		return words.toArray(String[]::new);
	}

	private static int syllables(double draw) {
		return (draw < 0.4) ? 1 : (draw < 0.85) ? 2 : 3;
	}

	private static double[] cumulative() {
		double[] cumulative = new double[SIZE];
		double sum = 0;
		for (int rank = 0; rank < SIZE; rank++) {
			sum += 1 / (rank + OFFSET);
			cumulative[rank] = sum;
		}
		return cumulative;
	}

}
