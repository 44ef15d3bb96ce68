package dev.marquee.image;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The URLs of an image's sizes: immutable (the path holds the hash of the image's
 * content), cached for a year, readable without a key. Each is required in the schema
 * also where a film document holds it (which a request's rules would leave optional): a
 * document sending sizes back sends them whole.
 */
@Schema(description = "The image's files by size: immutable URLs (the path holds the SHA-256 of the image), "
		+ "cacheable for a year, readable without a key. Widths in pixels; an image is never enlarged.")
public record ImageSizes(@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
		example = "/images/5f2c8e0d4b1a9c3e7f6a2d8b0c4e1f9a3b7d5c2e8f0a6b4d1c9e3f7a5b2d8c0e/w92.jpg") String w92,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				example = "/images/5f2c8e0d4b1a9c3e7f6a2d8b0c4e1f9a3b7d5c2e8f0a6b4d1c9e3f7a5b2d8c0e/w185.jpg") String w185,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				example = "/images/5f2c8e0d4b1a9c3e7f6a2d8b0c4e1f9a3b7d5c2e8f0a6b4d1c9e3f7a5b2d8c0e/w342.jpg") String w342,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				example = "/images/5f2c8e0d4b1a9c3e7f6a2d8b0c4e1f9a3b7d5c2e8f0a6b4d1c9e3f7a5b2d8c0e/w500.jpg") String w500,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				example = "/images/5f2c8e0d4b1a9c3e7f6a2d8b0c4e1f9a3b7d5c2e8f0a6b4d1c9e3f7a5b2d8c0e/original.jpg") String original) {

	/**
	 * The URLs of the image stored under this hash, in this format ({@code jpg},
	 * {@code png}).
	 */
	public static ImageSizes of(String sha256, String format) {
		String base = "/images/" + sha256 + "/";
		return new ImageSizes(base + "w92." + format, base + "w185." + format, base + "w342." + format,
				base + "w500." + format, base + "original." + format);
	}

}
