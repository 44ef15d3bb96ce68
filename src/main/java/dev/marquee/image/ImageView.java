package dev.marquee.image;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * An image as answered.
 */
@Schema(description = "An image of a film, person or company, with the URLs of its sizes")
public record ImageView(@Schema(example = "12") long id, @Schema(example = "poster") ImageKind kind,
		@Schema(description = "BCP 47 language of the text in the image; null when it has none", example = "en",
				nullable = true) @Nullable String language,
		@Schema(description = "The original's width in pixels", example = "1000") int width,
		@Schema(description = "The original's height in pixels", example = "1500") int height,
		@Schema(description = "Whether this is the image shown for its kind and language (one at most)",
				example = "true") boolean primary,
		@Schema(description = "Its place among the owner's images of its kind (ascending)", example = "0") int order,
		@Schema(description = "SHA-256 of the stored original",
				example = "5f2c8e0d4b1a9c3e7f6a2d8b0c4e1f9a3b7d5c2e8f0a6b4d1c9e3f7a5b2d8c0e") String sha256,
		ImageSizes sizes, @Schema(description = "The image's version: its ETag, what PATCH and DELETE take in If-Match",
				example = "0") long version) {
}
