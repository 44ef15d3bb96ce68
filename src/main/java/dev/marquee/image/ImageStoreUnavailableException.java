package dev.marquee.image;

import dev.marquee.support.web.ApiException;
import dev.marquee.support.web.ProblemType;

/**
 * The object store of image files cannot do what was asked: unreachable, refusing, or
 * without its bucket or a file. Answered with 503 {@code image-store-unavailable}.
 */
class ImageStoreUnavailableException extends ApiException {

	ImageStoreUnavailableException(String detail) {
		super(ProblemType.IMAGE_STORE_UNAVAILABLE, detail);
	}

}
