package dev.marquee.imports;

import java.text.Normalizer;
import java.util.SplittableRandom;

/**
 * The text of synthetic titles and their alternate titles: one to a dozen words of a
 * {@link SyntheticLanguage} from its {@link SyntheticVocabulary}, with the shapes real
 * titles have: articles and connectors ("The Night of the Garden", "L'Amour"), subtitles
 * after a colon, sequels ("2", "II", "Part 3"), years, "!", "?", "&", "·", hyphenated
 * compounds ("Spider-Man"), digits inside words ("Se7en"), apostrophes, quotes and
 * backslashes, and episode titles ("Episode #2.5"). Alternate titles mostly repeat the
 * title or differ slightly; some are translations with other words.
 */
final class SyntheticTitles {

	private static final String[] ROMAN = { "II", "III", "IV", "V", "VI" };

	private static final String[] MONTHS = { "January", "February", "March", "April", "May", "June", "July", "August",
			"September", "October", "November", "December" };

	private SyntheticTitles() {
	}

	/**
	 * A title of the language.
	 */
	static String title(SplittableRandom random, SyntheticLanguage language) {
		StringBuilder title = new StringBuilder(48);
		words(random, language, length(random), title);
		double odd = random.nextDouble();
		if (odd < 0.06) {
			title.append(": ");
			words(random, language, 1 + random.nextInt(3), title);
		}
		else if (odd < 0.09) {
			int part = 2 + random.nextInt(5);
			switch (random.nextInt(4)) {
				case 0 -> title.append(' ').append(part);
				case 1 -> title.append(' ').append(ROMAN[part - 2]);
				case 2 -> title.append(": Part ").append(part);
				default -> title.append(" Chapter ").append(part);
			}
		}
		else if (odd < 0.10) {
			title.insert(0, (1900 + random.nextInt(130)) + ((random.nextBoolean()) ? ": " : " "));
		}
		else if (odd < 0.115) {
			title.append('!');
		}
		else if (odd < 0.125) {
			title.append('?');
		}
		else if (odd < 0.145) {
			title.append(" & ").append(SyntheticVocabulary.TITLE_WORDS.draw(random, language));
		}
		else if (odd < 0.15) {
			title.append(" · ").append(SyntheticVocabulary.TITLE_WORDS.draw(random, language));
		}
		else if (odd < 0.16) {
			title.append(' ')
				.append(SyntheticVocabulary.TITLE_WORDS.draw(random, language))
				.append('-')
				.append(SyntheticVocabulary.TITLE_WORDS.draw(random, language));
		}
		else if (odd < 0.165) {
			digitInside(random, title);
		}
		else if (odd < 0.18) {
			title.insert(0, (random.nextBoolean()) ? "It's " : "Don't ");
		}
		else if (odd < 0.19) {
			title.append("'s ").append(SyntheticVocabulary.TITLE_WORDS.draw(random, language));
		}
		else if (odd < 0.20) {
			title.insert(0, "The \"").append("\" Affair");
		}
		else if (odd < 0.205) {
			title.append(" \\ Part ").append(1 + random.nextInt(9));
		}
		return title.toString();
	}

	/**
	 * The title of an episode: its number a third of the time, as IMDb lists many, else a
	 * title of its own.
	 */
	static String episode(SplittableRandom random, SyntheticLanguage language, int season, int episode) {
		double odd = random.nextDouble();
		if (odd < 0.3 && season > 0 && episode > 0) {
			return "Episode #" + season + "." + episode;
		}
		if (odd < 0.33 && episode > 0) {
			return "Episode " + episode;
		}
		if (odd < 0.36) {
			return "Episode dated " + (1 + random.nextInt(28)) + " " + MONTHS[random.nextInt(12)] + " "
					+ (1950 + random.nextInt(76));
		}
		return title(random, language);
	}

	/**
	 * An alternate title of a title in another region: the same text half the time, a
	 * slight variant a fifth, else a translation into the language.
	 */
	static String alternate(SplittableRandom random, String title, SyntheticLanguage language) {
		double odd = random.nextDouble();
		if (odd < 0.45) {
			return title;
		}
		if (odd < 0.65) {
			return switch (random.nextInt(5)) {
				case 0 -> title.startsWith("The ") ? title.substring(4) : "The " + title;
				case 1 -> (title.indexOf(':') > 0) ? title.substring(0, title.indexOf(':')) : title + ": The Movie";
				case 2 -> unaccented(title);
				case 3 -> title.replace(": ", " - ").replace(" & ", " and ");
				default -> title.toUpperCase(java.util.Locale.ROOT);
			};
		}
		StringBuilder translation = new StringBuilder(48);
		words(random, language, Math.max(1, title.split(" ").length + random.nextInt(3) - 1), translation);
		return translation.toString();
	}

	private static int length(SplittableRandom random) {
		int draw = random.nextInt(100);
		return (draw < 22) ? 1
				: (draw < 55) ? 2 : (draw < 77) ? 3 : (draw < 89) ? 4 : (draw < 95) ? 5 : 6 + random.nextInt(7);
	}

	/**
	 * Appends {@code count} words: perhaps an article first, perhaps a connector before
	 * the last word ("Night of Garden", "Amour de Été").
	 */
	private static void words(SplittableRandom random, SyntheticLanguage language, int count, StringBuilder out) {
		if (language.articles.length > 0 && random.nextInt(4) == 0) {
			String article = language.articles[random.nextInt(language.articles.length)];
			out.append(article);
			if (!article.endsWith("'")) {
				out.append(' ');
			}
		}
		for (int i = 0; i < count; i++) {
			if (i > 0) {
				out.append(' ');
				if (i == count - 1 && count > 2 && language.connectors.length > 0 && random.nextInt(5) < 2) {
					out.append(language.connectors[random.nextInt(language.connectors.length)]).append(' ');
				}
			}
			out.append(SyntheticVocabulary.TITLE_WORDS.draw(random, language));
		}
	}

	/**
	 * One letter of the title's last Latin word turned into a look-alike digit.
	 */
	private static void digitInside(SplittableRandom random, StringBuilder title) {
		String digits = "7310";
		String letters = "vleo";
		for (int i = title.length() - 2; i > 0; i--) {
			int which = letters.indexOf(title.charAt(i));
			if (which >= 0 && title.charAt(i - 1) != ' ' && title.charAt(i + 1) != ' ') {
				title.setCharAt(i, digits.charAt(which));
				return;
			}
		}
		title.append(' ').append(2 + random.nextInt(8)).append('D');
	}

	static String unaccented(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
	}

}
