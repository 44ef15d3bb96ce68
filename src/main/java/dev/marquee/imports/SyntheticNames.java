package dev.marquee.imports;

import java.util.SplittableRandom;

/**
 * Names of synthetic people: a first and a last name of one {@link SyntheticLanguage},
 * each drawn from a {@link SyntheticVocabulary} whose head is real names ("Kálmán
 * Berkes", "Łukasz Kowalski") and whose tail is invented, so that common names repeat and
 * distinct names keep growing with the number of people (millions at IMDb's 15 million).
 * Some have a middle initial, a double surname, a suffix or a nickname in quotes; a few
 * go by one name.
 */
final class SyntheticNames {

	private static final String INITIALS = "ABCDEFGHIJKLMNOPRSTVW";

	private SyntheticNames() {
	}

	static String name(SplittableRandom random) {
		SyntheticLanguage language = SyntheticLanguage.forPerson(random);
		String first = SyntheticVocabulary.FIRST_NAMES.draw(random, language);
		double odd = random.nextDouble();
		if (odd < 0.01) {
			return first;
		}
		StringBuilder name = new StringBuilder(32).append(first).append(' ');
		if (odd < 0.09 && language.ordinal() < SyntheticLanguage.GREEK.ordinal()) {
			name.append(INITIALS.charAt(random.nextInt(INITIALS.length()))).append(". ");
		}
		else if (odd < 0.10) {
			name.append("\"The ").append(SyntheticVocabulary.TITLE_WORDS.draw(random, language)).append("\" ");
		}
		name.append(SyntheticVocabulary.LAST_NAMES.draw(random, language));
		odd = random.nextDouble();
		if (odd < 0.03) {
			name.append((language == SyntheticLanguage.SPANISH) ? ' ' : '-')
				.append(SyntheticVocabulary.LAST_NAMES.draw(random, language));
		}
		else if (odd < 0.035) {
			name.append((random.nextBoolean()) ? " Jr." : " III");
		}
		return name.toString();
	}

	/**
	 * A character's name: a first name, a full name or a role.
	 */
	static String character(SplittableRandom random) {
		return switch (random.nextInt(12)) {
			case 0 -> "Bob \"Bobby\" " + SyntheticVocabulary.LAST_NAMES.draw(random, SyntheticLanguage.ENGLISH);
			case 1 -> "Back\\slash";
			case 2 -> "Self";
			case 3, 4 -> name(random);
			default -> SyntheticVocabulary.FIRST_NAMES.draw(random, SyntheticLanguage.forPerson(random));
		};
	}

}
