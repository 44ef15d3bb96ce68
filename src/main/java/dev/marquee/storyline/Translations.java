package dev.marquee.storyline;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Which translation serves a reader: for each language asked for, in the reader's order,
 * the translation in that very tag ({@code de-AT}), else the one in its primary language
 * ({@code de}); the original when the primary language is the film's original one, or
 * when no language asked for has a translation.
 */
public final class Translations {

	private Translations() {
	}

	/**
	 * The translation to serve; empty when the original serves.
	 * @param translations the film's translations
	 * @param asked the languages asked for, the preferred first (any case)
	 * @param originalLanguage the film's original language (ISO 639), when known
	 */
	public static Optional<TranslationItem> choose(List<TranslationItem> translations, List<String> asked,
			@Nullable String originalLanguage) {
		return choose(translations, TranslationItem::language, asked, originalLanguage);
	}

	/**
	 * The translation to serve, of translations of any shape (the title page's items, or
	 * the titles of the films it lists); empty when the original serves.
	 * @param translations a film's translations
	 * @param language the BCP 47 tag of a translation
	 * @param asked the languages asked for, the preferred first (any case)
	 * @param originalLanguage the film's original language (ISO 639), when known
	 */
	public static <T> Optional<T> choose(List<T> translations, Function<T, String> language, List<String> asked,
			@Nullable String originalLanguage) {
		for (String tag : asked) {
			String primary = primary(tag);
			Optional<T> found = in(translations, language, tag).or(() -> in(translations, language, primary));
			if (found.isPresent() || primary.equals(originalLanguage)) {
				return found;
			}
		}
		return Optional.empty();
	}

	/**
	 * The primary language of a tag: {@code de} of {@code de-AT}.
	 */
	public static String primary(String tag) {
		return tag.split("-", 2)[0].toLowerCase(Locale.ROOT);
	}

	private static <T> Optional<T> in(List<T> translations, Function<T, String> language, String tag) {
		return translations.stream()
			.filter((translation) -> language.apply(translation).equalsIgnoreCase(tag))
			.findFirst();
	}

}
