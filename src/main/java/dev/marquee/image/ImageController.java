package dev.marquee.image;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;

import dev.marquee.support.web.Answered;
import dev.marquee.support.web.Answers;
import dev.marquee.support.web.ApiException;
import dev.marquee.support.web.InvalidBodyException;
import dev.marquee.support.web.InvalidParam;
import dev.marquee.support.web.MergePatches;
import dev.marquee.support.web.Preconditions;
import dev.marquee.support.web.ResourceId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * The images of one kind of owner ({@code /api/v1/films/{id}/images}, {@code /people/…},
 * {@code /companies/…}): one controller per owner, each a constructor and its mapping,
 * serving these five operations alike.
 */
abstract class ImageController {

	static final String ID = "The owner: Marquee's numeric id or its IMDb id (tt…, nm…, co…)";

	private static final String UPLOAD = "Stores an image (multipart/form-data: file, kind, language, primary). The "
			+ "file is told by its bytes, never its name or Content-Type: JPEG, PNG or WebP; at most 20 MB and "
			+ "40 megapixels, the pixels counted from its header before anything is decoded. It is decoded, "
			+ "re-encoded from its pixels alone (no metadata survives) and stored with every size "
			+ "(w92, w185, w342, w500, original) before the answer, whose sizes are immutable URLs.";

	private static final Set<String> UPLOAD_FIELDS = Set.of("file", "kind", "language", "primary");

	private final ImageOwner owner;

	private final Images images;

	private final ImageUploads uploads;

	ImageController(ImageOwner owner, Images images, ImageUploads uploads) {
		this.owner = owner;
		this.images = images;
		this.uploads = uploads;
	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "List the images",
			description = "Every image, by kind and order, and under primary the one shown for each kind: the "
					+ "primary image in the language asked for, else the one without text, else (for a film) the one "
					+ "in its original language. With language= the list holds the images in that language and "
					+ "those without text.")
	@Answered(Answers.IMAGES)
	ImagesView list(@Parameter(description = ID, example = "1") @PathVariable String id,
			@Parameter(description = "BCP 47 language the images are chosen for",
					example = "de") @RequestParam(required = false) @Nullable String language) {
		return this.images.list(this.owner, ownerId(id), language(language, "query"));
	}

	@GetMapping(path = "/{itemId}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Get an image", description = "The image and the URLs of its sizes; the ETag is its version.")
	@Answered(Answers.IMAGE)
	ResponseEntity<ImageView> image(@Parameter(description = ID, example = "1") @PathVariable String id,
			@Parameter(description = "The image's id", example = "1") @PathVariable long itemId) {
		ImageView image = this.images.read(this.owner, ownerId(id), itemId);
		return ResponseEntity.ok().eTag(etag(image)).body(image);
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Upload an image", description = UPLOAD, security = @SecurityRequirement(name = "bearer"),
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
							schema = @Schema(implementation = ImageUploadForm.class))))
	@Answered(Answers.IMAGE_UPLOAD)
	ResponseEntity<ImageView> upload(@Parameter(description = ID, example = "1") @PathVariable String id,
			@Parameter(hidden = true) @RequestPart("file") MultipartFile file,
			@Parameter(hidden = true) @RequestParam("kind") String kind,
			@Parameter(hidden = true) @RequestParam(required = false) @Nullable String language,
			@Parameter(hidden = true) @RequestParam(required = false) @Nullable Boolean primary,
			MultipartHttpServletRequest request) throws IOException {
		requireOnlyUploadFields(request);
		ImageKind parsedKind = kind(kind);
		ImageView image;
		try (InputStream in = file.getInputStream()) {
			image = this.uploads.upload(this.owner, ownerId(id), parsedKind, language(language, "body"), primary, in,
					file.getContentType());
		}
		return ResponseEntity.status(HttpStatus.CREATED)
			.location(java.net.URI.create(this.owner.images(id) + "/" + image.id()))
			.eTag(etag(image))
			.body(image);
	}

	@PatchMapping(path = "/{itemId}", consumes = MergePatches.MEDIA_TYPE, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Change an image's primary flag, order or language",
			description = "A JSON merge patch (RFC 7396) of primary, order and language. Making an image primary "
					+ "makes the one that was primary for its kind and language no longer so. Needs If-Match with the "
					+ "image's ETag (428 without, 412 when it changed since).",
			security = @SecurityRequirement(name = "bearer"))
	@Answered(Answers.IMAGE_PATCH)
	ResponseEntity<ImageView> patch(@Parameter(description = ID, example = "1") @PathVariable String id,
			@Parameter(description = "The image's id", example = "1") @PathVariable long itemId,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The merge patch",
					content = @Content(mediaType = MergePatches.MEDIA_TYPE,
							schema = @Schema(implementation = ImageInput.class))) @RequestBody JsonNode patch,
			HttpServletRequest request) {
		ImageView image = this.images.patch(this.owner, ownerId(id), itemId, patch, Preconditions.of(request));
		return ResponseEntity.ok().eTag(etag(image)).body(image);
	}

	@DeleteMapping("/{itemId}")
	@Operation(summary = "Delete an image",
			description = "Needs If-Match with the image's ETag (428 without, 412 when it changed since). Its files "
					+ "are deleted when no other image uses them.",
			security = @SecurityRequirement(name = "bearer"))
	@Answered(Answers.IMAGE_DELETE)
	ResponseEntity<Void> delete(@Parameter(description = ID, example = "1") @PathVariable String id,
			@Parameter(description = "The image's id", example = "1") @PathVariable long itemId,
			HttpServletRequest request) {
		this.images.delete(this.owner, ownerId(id), itemId, Preconditions.of(request));
		return ResponseEntity.noContent().build();
	}

	/**
	 * An upload's parts are the form's four: any other is refused, naming it, as an
	 * unknown field of a JSON body is.
	 */
	private static void requireOnlyUploadFields(MultipartHttpServletRequest request) {
		Set<String> names = new TreeSet<>(request.getParameterMap().keySet());
		names.addAll(request.getMultiFileMap().keySet());
		names.removeAll(UPLOAD_FIELDS);
		if (!names.isEmpty()) {
			throw InvalidBodyException.of(names.stream()
				.map((name) -> InvalidParam.body(name,
						"is not a part of an upload: send file, kind, language and primary"))
				.toList());
		}
	}

	private ResourceId ownerId(String id) {
		return ResourceId.parse(id, this.owner.imdbPrefix(), "id");
	}

	private static String etag(ImageView image) {
		return "\"" + image.version() + "\"";
	}

	private static ImageKind kind(String kind) {
		try {
			return ImageKind.fromCode(kind);
		}
		catch (IllegalArgumentException ex) {
			throw ApiException.invalidParameter(InvalidParam.body("kind", ex.getMessage()));
		}
	}

	private static @Nullable String language(@Nullable String language, String in) {
		if (language == null || language.isEmpty()) {
			return null;
		}
		if (language.length() > 35 || !language.matches(Images.LANGUAGE)) {
			throw ApiException.invalidParameter(
					new InvalidParam("language", in, "must be a BCP 47 language tag such as en or pt-BR"));
		}
		return language;
	}

}
