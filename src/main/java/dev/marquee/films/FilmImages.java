package dev.marquee.films;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.marquee.image.ImagesView;
import dev.marquee.section.TitlePageSection;
import org.jspecify.annotations.Nullable;

/**
 * The title page's images in the language asked for ({@code language=} or
 * {@code Accept-Language}, with {@code include=images}): the page embeds them chosen for
 * no language, and this chooses again; the page's ETag names the language
 * ({@link FilmLanguage#etag}), as its body depends on it.
 */
final class FilmImages {

	private static final String PROPERTY = "images";

	private FilmImages() {
	}

	/**
	 * The language the images are chosen for, the first asked for ({@link FilmLanguage}),
	 * when the page embeds images; {@code null} otherwise.
	 */
	static @Nullable String language(FilmLanguage.@Nullable Asked asked, List<TitlePageSection> sections) {
		if (asked == null) {
			return null;
		}
		return sections.stream().anyMatch((section) -> section.embedding().property().equals(PROPERTY)) ? asked.first()
				: null;
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
