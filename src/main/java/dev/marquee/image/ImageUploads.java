package dev.marquee.image;

import java.io.IOException;
import java.io.InputStream;

import dev.marquee.support.web.ResourceId;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * An upload from its bytes to a stored image: the owner and kind checked first, then the
 * file read within the byte limit, checked and decoded ({@link ImageDecoder}), every
 * variant made ({@link ImageEncoder}) outside any transaction, and the image stored and
 * attached in one ({@link Images#add}). Every variant is ready when the upload answers:
 * serving an image is then one read of one row, never work on a read path (which may be
 * served by a read-only replica).
 */
@Service
public class ImageUploads {

	private final Images images;

	private final ImageDecoder decoder;

	private final ImageEncoder encoder;

	ImageUploads(Images images, ImageDecoder decoder, ImageEncoder encoder) {
		this.images = images;
		this.decoder = decoder;
		this.encoder = encoder;
	}

	ImageView upload(ImageOwner owner, ResourceId id, ImageKind kind, @Nullable String language,
			@Nullable Boolean primary, InputStream file, @Nullable String contentType) throws IOException {
		this.images.checkUpload(owner, id, kind);
		byte[] bytes = this.decoder.read(file);
		ImageDecoder.Decoded decoded = this.decoder.decode(bytes, contentType);
		return this.images.add(owner, id, kind, language, primary, this.encoder.encode(decoded.image()));
	}

	/**
	 * Gives a film an image from a file the application ships (the demo film's poster).
	 */
	public void attachToFilm(String imdbId, ImageKind kind, @Nullable String language, InputStream file)
			throws IOException {
		upload(ImageOwner.FILM, ResourceId.parse(imdbId, "tt", "id"), kind, language, true, file, null);
	}

}
