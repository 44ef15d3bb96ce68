package dev.marquee.image;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What an admin may change of an image once uploaded (its pixels never change: upload
 * another): the body of a merge patch.
 */
@Schema(description = "The writable fields of an image, as a merge patch changes them")
record ImageInput(
		@Schema(description = "Whether this is the image shown for its kind and language; making one primary "
				+ "makes the one that was no longer primary", example = "true") boolean primary,
		@Schema(description = "Its place among the owner's images of its kind (ascending)",
				example = "0") @Min(0) @Max(100000) int order,
		@Schema(description = "BCP 47 language of the text in the image, or null when it has none", example = "en",
				nullable = true) @Nullable @Size(max = 35) @Pattern(regexp = Images.LANGUAGE,
						message = "must be a BCP 47 language tag such as en or pt-BR") String language) {
}
