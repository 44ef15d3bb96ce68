package dev.marquee.image;

import java.util.Locale;

import dev.marquee.support.web.ApiException;
import dev.marquee.support.web.ProblemType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * Serves the files of images at content-addressed URLs: the path holds the SHA-256 of the
 * image, so what a URL names never changes, and every cache may keep it for a year
 * ({@code immutable}); the strong ETag names the hash and the size. Anonymous reads take
 * the short security chain, like the API's reads. Files in an object store are streamed
 * from it through the same URLs with the same headers (a redirect would expose the
 * store's address, need it to be public or URLs to be signed, and lose the immutable
 * caching of these URLs); a store that fails answers 503 {@code image-store-unavailable}.
 */
@RestController
@Tag(name = "Images", description = "Posters, backdrops, stills and logos of films, profiles of people, logos of "
		+ "companies: uploads, their order and languages, and the files of every size at immutable URLs")
class ImageFileController {

	private final ImageFileCache files;

	ImageFileController(ImageFileCache files) {
		this.files = files;
	}

	@GetMapping(path = "/images/{sha256}/{size}.{format}")
	@Operation(summary = "Get an image file",
			description = "One size of an image (w92, w185, w342, w500 or original) as JPEG, or PNG for images with "
					+ "transparency: the URLs an image's sizes give. Cache-Control: public, max-age=31536000, immutable; "
					+ "a strong ETag; readable without a key.")
	@ApiResponse(responseCode = "200", description = "The file", content = {
			@Content(mediaType = MediaType.IMAGE_JPEG_VALUE, schema = @Schema(type = "string", format = "binary")),
			@Content(mediaType = MediaType.IMAGE_PNG_VALUE, schema = @Schema(type = "string", format = "binary")) })
	@ApiResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current")
	@ApiResponse(responseCode = "404", description = "No image with this hash, size and format (code not-found)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(ref = "#/components/schemas/ProblemDetail")))
	@ApiResponse(responseCode = "503",
			description = "The object store of image files failed (code image-store-unavailable), or the database "
					+ "did not answer (code service-unavailable); Retry-After says when to try again",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(ref = "#/components/schemas/ProblemDetail")))
	ResponseEntity<Resource> file(@Parameter(description = "SHA-256 of the image, in hex",
			example = "5f2c8e0d4b1a9c3e7f6a2d8b0c4e1f9a3b7d5c2e8f0a6b4d1c9e3f7a5b2d8c0e") @PathVariable String sha256,
			@Parameter(description = "The size", example = "w342",
					schema = @Schema(
							allowableValues = { "w92", "w185", "w342", "w500", "original" })) @PathVariable String size,
			@Parameter(description = "The format: jpg, or png for images with transparency", example = "jpg",
					schema = @Schema(allowableValues = { "jpg", "png" })) @PathVariable String format,
			WebRequest request) {
		ImageSize parsed = ImageSize.of(size);
		String lowerFormat = format.toLowerCase(Locale.ROOT);
		if (parsed == null || !sha256.matches("^[0-9a-f]{64}$")
				|| !(lowerFormat.equals("jpg") || lowerFormat.equals("png"))) {
			throw notFound(sha256, size, format);
		}
		String etag = "\"" + sha256 + "-" + parsed.code() + "\"";
		if (request.checkNotModified(etag)) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
				.eTag(etag)
				.cacheControl(ImageFiles.CACHE_CONTROL)
				.build();
		}
		ImageFiles.Served served = this.files.find(sha256, parsed, lowerFormat)
			.orElseThrow(() -> notFound(sha256, size, format));
		return ResponseEntity.ok()
			.contentType(ImageFiles.mediaType(lowerFormat))
			.contentLength(served.length())
			.cacheControl(ImageFiles.CACHE_CONTROL)
			.eTag(etag)
			.body(new InputStreamResource(served.stream()));
	}

	private static ApiException notFound(String sha256, String size, String format) {
		return new ApiException(ProblemType.NOT_FOUND, "No image file /images/" + sha256 + "/" + size + "." + format);
	}

}
