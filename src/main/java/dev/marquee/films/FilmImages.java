package dev.marquee.films;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.marquee.image.ImagesView;
import dev.marquee.section.TitlePageSection;
import dev.marquee.support.web.ApiException;
import dev.marquee.support.web.InvalidParam;
import org.jspecify.annotations.Nullable;

/**
 * The title page's images in the language asked for ({@code language=} with
 * {@code include=images}): the page embeds them chosen for no language, and this chooses
 * again; the page's ETag names the language, as its body depends on it.
 */
final class FilmImages {

	private static final String PROPERTY = "images";

	private FilmImages() {
	}

	/**
	 * The language asked for, when the page embeds images; {@code null} otherwise.
	 * @throws ApiException {@code invalid-parameter} for a malformed tag
	 */
	static @Nullable String language(@Nullable String language, List<TitlePageSection> sections) {
		if (language == null || language.isEmpty()) {
			return null;
		}
		if (language.length() > 35 || !language.matches("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")) {
			throw ApiException
				.invalidParameter(InvalidParam.query("language", "must be a BCP 47 language tag such as en or pt-BR"));
		}
		return sections.stream().anyMatch((section) -> section.embedding().property().equals(PROPERTY)) ? language
				: null;
	}

	static @Nullable String etag(@Nullable String etag, @Nullable String language) {
		return (etag == null || language == null) ? etag : etag.substring(0, etag.length() - 1) + ";" + language + "\"";
	}

	static FilmView inLanguage(FilmView view, @Nullable String language) {
		if (language == null || !(view.embeddedSections().get(PROPERTY) instanceof ImagesView images)) {
			return view;
		}
		Map<String, @Nullable Object> sections = new LinkedHashMap<>(view.embeddedSections());
		sections.put(PROPERTY,
				ImagesView.of(images.items(), language, view.languages().isEmpty() ? null : view.languages().get(0)));
		return view.withSections(sections);
	}

}
