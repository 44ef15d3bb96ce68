package dev.marquee.image;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The form of an upload, as documented: the multipart body's parts.
 */
@Schema(description = "An image upload (multipart/form-data)", requiredProperties = { "file", "kind" })
record ImageUploadForm(
		@Schema(description = "The image: JPEG, PNG or WebP, told by its bytes; at most 20 MB and 40 megapixels",
				type = "string", format = "binary") String file,
		@Schema(description = "What it shows: poster, backdrop, still or logo for a film, profile for a person, logo "
				+ "for a company", example = "poster",
				allowableValues = {
						"poster", "backdrop", "still", "logo", "profile" }) String kind,
		@Schema(description = "BCP 47 language of its text; leave out for an image without text", example = "en",
				pattern = Images.LANGUAGE) @Nullable String language,
		@Schema(description = "Whether it becomes the image shown for its kind and language (the one that was "
				+ "primary no longer is); by default, when there is none yet",
				example = "true") @Nullable Boolean primary){
}
