package dev.marquee.image;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The formats an upload may be, told by their magic bytes alone; each also knows where
 * its file ends ({@link ImageEnd}), so a truncated file or one with something after the
 * image is caught before decoding.
 */
enum ImageFormat {

	JPEG("jpeg", "image/jpeg"), PNG("png", "image/png"), WEBP("webp", "image/webp");

	private final String reader;

	private final String mediaType;

	ImageFormat(String reader, String mediaType) {
		this.reader = reader;
		this.mediaType = mediaType;
	}

	/**
	 * The ImageIO format name of its reader.
	 */
	String reader() {
		return this.reader;
	}

	String mediaType() {
		return this.mediaType;
	}

	/**
	 * The format the bytes start with, or {@code null} when they are none of the three.
	 */
	static @Nullable ImageFormat of(byte[] bytes) {
		if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
			return JPEG;
		}
		if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return PNG;
		}
		if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
			return WEBP;
		}
		return null;
	}

	/**
	 * What the bytes seem to be when they are none of the three, for the problem's
	 * detail.
	 */
	static String describe(byte[] bytes) {
		if (bytes.length == 0) {
			return "The file is empty (0 bytes)";
		}
		if (startsWith(bytes, 0, 'G', 'I', 'F', '8')) {
			return "The file is a GIF image";
		}
		String head = new String(bytes, 0, Math.min(bytes.length, 1024), java.nio.charset.StandardCharsets.ISO_8859_1)
			.stripLeading()
			.toLowerCase(Locale.ROOT);
		if (head.startsWith("\u00ef\u00bb\u00bf")) {
			head = head.substring(3).stripLeading();
		}
		if (head.startsWith("<svg") || (head.startsWith("<?xml") && head.contains("<svg"))) {
			return "The file is an SVG image, which can carry scripts";
		}
		if (head.startsWith("<")) {
			return "The file is markup (HTML or XML), not an image";
		}
		if (startsWith(bytes, 0, '%', 'P', 'D', 'F')) {
			return "The file is a PDF document";
		}
		return "The file's bytes are not those of a JPEG, PNG or WebP image";
	}

	/**
	 * The format a declared media type names, or {@code null} for one that names none
	 * (application/octet-stream, or none sent).
	 */
	static @Nullable ImageFormat declared(@Nullable String contentType) {
		if (contentType == null) {
			return null;
		}
		String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
		return switch (type) {
			case "image/jpeg", "image/jpg", "image/pjpeg" -> JPEG;
			case "image/png" -> PNG;
			case "image/webp" -> WEBP;
			default -> null;
		};
	}

	/**
	 * Whether a declared media type says nothing about the format: none sent, or
	 * application/octet-stream.
	 */
	static boolean neutral(@Nullable String contentType) {
		return contentType == null || contentType.isBlank()
				|| contentType.split(";", 2)[0].strip().equalsIgnoreCase("application/octet-stream");
	}

	private static boolean startsWith(byte[] bytes, int offset, int... expected) {
		if (bytes.length < offset + expected.length) {
			return false;
		}
		for (int i = 0; i < expected.length; i++) {
			if ((bytes[offset + i] & 0xFF) != expected[i]) {
				return false;
			}
		}
		return true;
	}

}
