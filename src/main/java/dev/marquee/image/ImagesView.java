package dev.marquee.image;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An owner's images: the one shown for each kind, chosen by language, and the images
 * themselves.
 */
@Schema(description = "The images of a film, person or company")
public record ImagesView(@Schema(description = "The image shown for each kind that has one, by kind: the primary "
		+ "image in the language asked for, else the one without text, else the one in the film's original language",
		example = "{\"poster\":{\"id\":12,\"kind\":\"poster\",\"language\":\"en\",\"width\":1000,\"height\":1500,"
				+ "\"primary\":true,\"order\":0,\"sha256\":"
				+ "\"5f2c8e0d4b1a9c3e7f6a2d8b0c4e1f9a3b7d5c2e8f0a6b4d1c9e3f7a5b2d8c0e\",\"sizes\":{\"w92\":"
				+ "\"/images/5f2c8e0d4b1a9c3e7f6a2d8b0c4e1f9a3b7d5c2e8f0a6b4d1c9e3f7a5b2d8c0e/w92.jpg\"},\"version\":0}}") Map<String, ImageView> primary,
		@Schema(description = "The images, by kind, then order; with language= only those in that language or "
				+ "without text") List<ImageView> items) {

	/**
	 * The images of an owner as the language asks: the primary of each kind (the asked
	 * language, its base language, no language, then the original language), and the
	 * items in the asked language or without text (all of them when none is asked).
	 * @param language the language asked for, or {@code null}
	 * @param originalLanguage the film's original language, or {@code null}
	 */
	public static ImagesView of(List<ImageView> images, @org.jspecify.annotations.Nullable String language,
			@org.jspecify.annotations.Nullable String originalLanguage) {
		Map<String, ImageView> primary = new java.util.LinkedHashMap<>();
		for (ImageKind kind : ImageKind.values()) {
			ImageView chosen = ImageChoice.primary(images, kind, language, originalLanguage);
			if (chosen != null) {
				primary.put(kind.code(), chosen);
			}
		}
		List<ImageView> items = (language == null) ? images
				: images.stream()
					.filter((image) -> image.language() == null || ImageChoice.matches(image.language(), language))
					.toList();
		return new ImagesView(primary, items);
	}

}
