package dev.marquee.image;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * An image of a film as its document holds it: the stored file it shows (by the SHA-256
 * its URLs name), its kind, language, primary flag and order; and, answered by
 * {@code GET} and ignored by {@code PUT} (they are the file's), its size and URLs.
 */
@Schema(description = "An image of the film: a file already stored (uploaded to this film or to any film, person or "
		+ "company), by the SHA-256 its URLs name, attached with a kind, language, primary flag and order. width, "
		+ "height and sizes are the file's: GET answers them, and a PUT may send them back or leave them out (they "
		+ "are ignored).")
public record DocumentImage(@Schema(
		description = "SHA-256 of the stored file, as in its URLs (/images/{sha256}/{size}.jpg); a file that "
				+ "is not stored is refused with 422 image-file-unknown",
		example = "5f2c8e0d4b1a9c3e7f6a2d8b0c4e1f9a3b7d5c2e8f0a6b4d1c9e3f7a5b2d8c0e") @NotNull @Pattern(
				regexp = "[0-9a-f]{64}",
				message = "must be the SHA-256 of a stored image file: 64 lowercase hexadecimal digits") String file,
		@Schema(description = "poster, backdrop, still or logo", example = "poster") @NotNull ImageKind kind,
		@Schema(description = "BCP 47 language of the text in the image; null when it has none",
				example = "en") @Nullable @Size(max = 35) @Pattern(regexp = Images.LANGUAGE,
						message = "must be a BCP 47 language tag such as en or pt-BR") String language,
		@Schema(description = "Whether this is the image shown for its kind and language (one at most)",
				example = "true") boolean primary,
		@Schema(description = "Its place among the film's images of its kind (ascending)",
				example = "0") @Min(0) @Max(100000) int order,
		@Schema(description = "The file's width in pixels: answered, ignored when sent",
				example = "1000") @Nullable Integer width,
		@Schema(description = "The file's height in pixels: answered, ignored when sent",
				example = "1500") @Nullable Integer height,
		@Schema(description = "The file's URLs by size: answered, ignored when sent") @Nullable ImageSizes sizes) {

	/**
	 * The image as a document holds it.
	 */
	static DocumentImage of(ImageView image) {
		return new DocumentImage(image.sha256(), image.kind(), image.language(), image.primary(), image.order(),
				image.width(), image.height(), image.sizes());
	}

}
