package dev.marquee.films;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.marquee.section.TitlePageSection;
import dev.marquee.storyline.TranslationItem;
import dev.marquee.storyline.Translations;
import dev.marquee.support.web.ApiException;
import dev.marquee.support.web.InvalidParam;
import org.jspecify.annotations.Nullable;

/**
 * The language a title page is asked for in ({@code language=}, else
 * {@code Accept-Language}) and the page in it: the title, plot and tagline of the
 * translation that serves it ({@link Translations#choose}), read with the page from its
 * translations section, and the titles of the similar films it embeds, each chosen alike
 * from that film's translations ({@link SimilarFilm#inLanguage}). The page's ETag names
 * what was asked, as its body depends on it; a similar film's translation edited changes
 * that film's version, which the page's ETag covers ({@link SimilarRows}).
 */
final class FilmLanguage {

	static final String TRANSLATIONS = "translations";

	private static final String SIMILAR = "similar";

	private static final String TAG = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$";

	private static final int KEY_LENGTH = 40;

	private FilmLanguage() {
	}

	/**
	 * The languages asked for, the preferred first: {@code language=} alone when given,
	 * else the ranges of {@code Accept-Language} by weight, leaving out the wildcard and
	 * what no translation could match; {@code null} when none is asked for. A malformed
	 * {@code Accept-Language} asks for nothing, as HTTP lets a server ignore it.
	 * @throws ApiException {@code invalid-parameter} for a malformed {@code language=}
	 */
	static @Nullable Asked asked(@Nullable String language, @Nullable String acceptLanguage) {
		if (language != null && !language.isEmpty()) {
			if (language.length() > 35 || !language.matches(TAG)) {
				throw ApiException.invalidParameter(
						InvalidParam.query("language", "must be a BCP 47 language tag such as en or pt-BR"));
			}
			return new Asked(List.of(language), language, language);
		}
		if (acceptLanguage == null || acceptLanguage.isBlank()) {
			return null;
		}
		List<String> tags = new ArrayList<>();
		try {
			for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
				String tag = range.getRange().toLowerCase(Locale.ROOT);
				if (range.getWeight() > 0 && tag.length() <= 35 && tag.matches(TAG) && !tags.contains(tag)) {
					tags.add(tag);
				}
			}
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		if (tags.isEmpty()) {
			return null;
		}
		String key = String.join("+", tags);
		return new Asked(tags, (key.length() <= KEY_LENGTH) ? key : digest(key), null);
	}

	/**
	 * The sections to read for a page asked for in a language: those asked for, and the
	 * translations it is chosen from.
	 */
	static List<TitlePageSection> withTranslations(List<TitlePageSection> sections, List<TitlePageSection> all) {
		return all.stream()
			.filter((section) -> sections.contains(section) || section.embedding().name().equals(TRANSLATIONS))
			.toList();
	}

	/**
	 * The page in the language asked for, with only the sections asked for.
	 */
	static FilmView inLanguage(FilmView view, Asked asked, List<TitlePageSection> sections) {
		Object embedded = view.embeddedSections().get(TRANSLATIONS);
		List<TranslationItem> translations = (embedded instanceof List<?> list)
				? list.stream().map(TranslationItem.class::cast).toList() : List.of();
		String original = view.languages().isEmpty() ? null : view.languages().get(0);
		Optional<TranslationItem> chosen = Translations.choose(translations, asked.tags(), original);
		Map<String, @Nullable Object> embeddedSections = new LinkedHashMap<>(view.embeddedSections());
		if (sections.stream().noneMatch((section) -> section.embedding().name().equals(TRANSLATIONS))) {
			embeddedSections.remove(TRANSLATIONS);
		}
		if (embeddedSections.get(SIMILAR) instanceof MoreLikeThis similar) {
			embeddedSections.put(SIMILAR, similar.inLanguage(asked.tags(), asked.parameter()));
		}
		FilmView page = view.withSections(embeddedSections);
		return chosen
			.map((translation) -> page.translated(translation.title(), translation.plot(),
					new FilmView.Translation(translation.language(), true, translation.tagline())))
			.orElseGet(() -> page.translated(null, null, new FilmView.Translation(original, false, null)));
	}

	static @Nullable String etag(@Nullable String etag, @Nullable Asked asked) {
		return (etag == null || asked == null) ? etag : etag.substring(0, etag.length() - 1) + ";" + asked.key() + "\"";
	}

	private static String digest(String key) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.US_ASCII));
			return HexFormat.of().formatHex(hash, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The languages asked for, the preferred first, what the ETag names of them, and the
	 * {@code language=} they were asked for by, if any (which links to the rest keep).
	 */
	record Asked(List<String> tags, String key, @Nullable String parameter) {

		String first() {
			return this.tags.get(0);
		}

	}

}
