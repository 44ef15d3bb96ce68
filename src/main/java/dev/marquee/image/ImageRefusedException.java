package dev.marquee.image;

import dev.marquee.support.web.ApiException;
import dev.marquee.support.web.ProblemType;

/**
 * An uploaded file refused as an image, with the cause in the problem's type and detail.
 */
class ImageRefusedException extends ApiException {

	private ImageRefusedException(ProblemType type, String detail) {
		super(type, detail);
	}

	static ImageRefusedException tooManyBytes(long limit) {
		return new ImageRefusedException(ProblemType.IMAGE_TOO_LARGE,
				"The file has more than " + limit + " bytes, the most an image may have");
	}

	static ImageRefusedException tooManyPixels(int width, int height, long limit) {
		return new ImageRefusedException(ProblemType.IMAGE_TOO_LARGE, "The image's header claims " + width + " × "
				+ height + " pixels (" + ((long) width * height) + "); an image may have at most " + limit);
	}

	static ImageRefusedException unsupported(String found) {
		return new ImageRefusedException(ProblemType.IMAGE_UNSUPPORTED,
				found + "; only JPEG, PNG and WebP images are accepted");
	}

	static ImageRefusedException mismatch(String declared, ImageFormat actual) {
		return new ImageRefusedException(ProblemType.IMAGE_TYPE_MISMATCH, "The file was sent as " + declared
				+ " but its bytes are a " + actual.name() + " image (" + actual.mediaType() + ")");
	}

	static ImageRefusedException corrupt(String detail) {
		return new ImageRefusedException(ProblemType.IMAGE_CORRUPT, detail);
	}

	static ImageRefusedException polyglot(ImageFormat format, int end, int length) {
		return new ImageRefusedException(ProblemType.IMAGE_POLYGLOT, "The " + format.name() + " image ends at byte "
				+ end + " but the file goes on to byte " + length + " with other content");
	}

}
