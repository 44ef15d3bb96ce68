package dev.marquee.image;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * The sizes every image is served in, as TMDB names them: widths in pixels (never wider
 * than the original: a small image is not enlarged), and the original's own size.
 */
enum ImageSize {

	W92("w92", 92), W185("w185", 185), W342("w342", 342), W500("w500", 500), ORIGINAL("original", 0);

	private final String code;

	private final int width;

	ImageSize(String code, int width) {
		this.code = code;
		this.width = width;
	}

	String code() {
		return this.code;
	}

	/**
	 * The width of this size of an image so wide.
	 */
	int widthOf(int originalWidth) {
		return (this == ORIGINAL) ? originalWidth : Math.min(this.width, originalWidth);
	}

	static @Nullable ImageSize of(String code) {
		return Arrays.stream(values()).filter((size) -> size.code.equals(code)).findFirst().orElse(null);
	}

}
