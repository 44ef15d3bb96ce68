package dev.marquee.image;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Which image is shown for a kind: the primary one in the language asked for (or its base
 * language: {@code pt} for {@code pt-BR}), else the primary one without text, else the
 * primary one in the film's original language; none when none of these exists.
 */
final class ImageChoice {

	private ImageChoice() {
	}

	static @Nullable ImageView primary(List<ImageView> images, ImageKind kind, @Nullable String language,
			@Nullable String originalLanguage) {
		List<@Nullable String> order = new ArrayList<>();
		if (language != null) {
			order.add(language);
			order.add(base(language));
		}
		order.add(null);
		if (originalLanguage != null) {
			order.add(originalLanguage);
		}
		for (String wanted : order) {
			for (ImageView image : images) {
				if (image.primary() && image.kind() == kind && sameLanguage(image.language(), wanted)) {
					return image;
				}
			}
		}
		return null;
	}

	/**
	 * Whether an image in this language serves a reader of that one: the same tag, or the
	 * same base language.
	 */
	static boolean matches(String imageLanguage, String asked) {
		return imageLanguage.equalsIgnoreCase(asked) || base(imageLanguage).equals(base(asked));
	}

	private static boolean sameLanguage(@Nullable String image, @Nullable String wanted) {
		return (image == null || wanted == null) ? Objects.equals(image, wanted) : image.equalsIgnoreCase(wanted);
	}

	private static String base(String language) {
		return language.split("-", 2)[0].toLowerCase(Locale.ROOT);
	}

}
