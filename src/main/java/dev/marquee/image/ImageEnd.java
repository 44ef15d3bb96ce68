package dev.marquee.image;

/**
 * Where a JPEG, PNG or WebP file's image ends, walked through its structure (segments,
 * chunks, the RIFF header) without decoding it: a file that stops before its end is
 * truncated; one with content after it is a polyglot (an archive, a script or a page
 * appended to a valid image). Walking the structure, not searching for an end marker, is
 * what tells an end marker from bytes of the compressed data.
 */
final class ImageEnd {

	private ImageEnd() {
	}

	/**
	 * The offset just after the image's last byte.
	 * @throws ImageRefusedException when the file stops before the image's end
	 */
	static int of(ImageFormat format, byte[] bytes) {
		return switch (format) {
			case JPEG -> jpeg(bytes);
			case PNG -> png(bytes);
			case WEBP -> webp(bytes);
		};
	}

	/**
	 * Whether what follows the image may stay: nothing, zero padding, or (in JPEG)
	 * further JPEG images such as the previews cameras append (Multi-Picture Format).
	 * Re-encoding drops all of it either way.
	 */
	static boolean harmlessTail(ImageFormat format, byte[] bytes, int end) {
		boolean zeros = true;
		for (int i = end; i < bytes.length && zeros; i++) {
			zeros = bytes[i] == 0;
		}
		if (zeros) {
			return true;
		}
		return format == ImageFormat.JPEG && ImageFormat
			.of(java.util.Arrays.copyOfRange(bytes, end, Math.min(bytes.length, end + 3))) == ImageFormat.JPEG;
	}

	private static int jpeg(byte[] bytes) {
		int at = 2;
		while (true) {
			at = markerAt(bytes, at);
			int marker = bytes[at + 1] & 0xFF;
			at += 2;
			if (marker == 0xD9) {
				return at;
			}
			if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
				continue;
			}
			int length = u16(bytes, at);
			if (length < 2) {
				throw ImageRefusedException.corrupt("The JPEG file has a malformed segment at byte " + at);
			}
			at += length;
			if (marker == 0xDA) {
				at = entropyEnd(bytes, at);
			}
		}
	}

	/**
	 * The next marker from {@code at} (fill bytes 0xFF skipped).
	 */
	private static int markerAt(byte[] bytes, int at) {
		if (at + 1 >= bytes.length) {
			throw truncated("JPEG", bytes.length);
		}
		if ((bytes[at] & 0xFF) != 0xFF) {
			throw ImageRefusedException.corrupt("The JPEG file has no marker where one belongs, at byte " + at);
		}
		while (at + 1 < bytes.length && (bytes[at + 1] & 0xFF) == 0xFF) {
			at++;
		}
		if (at + 1 >= bytes.length) {
			throw truncated("JPEG", bytes.length);
		}
		return at;
	}

	/**
	 * The end of a scan's compressed data: the first marker that is not a stuffed byte
	 * (0xFF00) nor a restart marker.
	 */
	private static int entropyEnd(byte[] bytes, int at) {
		for (int i = at; i + 1 < bytes.length; i++) {
			if ((bytes[i] & 0xFF) == 0xFF) {
				int next = bytes[i + 1] & 0xFF;
				if (next != 0x00 && next != 0xFF && !(next >= 0xD0 && next <= 0xD7)) {
					return i;
				}
			}
		}
		throw truncated("JPEG", bytes.length);
	}

	private static int png(byte[] bytes) {
		int at = 8;
		while (true) {
			if (at + 12 > bytes.length) {
				throw truncated("PNG", bytes.length);
			}
			long length = u32(bytes, at);
			boolean last = bytes[at + 4] == 'I' && bytes[at + 5] == 'E' && bytes[at + 6] == 'N' && bytes[at + 7] == 'D';
			long next = at + 12 + length;
			if (next > bytes.length) {
				throw truncated("PNG", bytes.length);
			}
			at = (int) next;
			if (last) {
				return at;
			}
		}
	}

	private static int webp(byte[] bytes) {
		long size = (bytes[4] & 0xFFL) | (bytes[5] & 0xFFL) << 8 | (bytes[6] & 0xFFL) << 16 | (bytes[7] & 0xFFL) << 24;
		long end = 8 + size + (size & 1);
		if (end > bytes.length) {
			throw truncated("WebP", bytes.length);
		}
		return (int) end;
	}

	private static ImageRefusedException truncated(String format, int length) {
		return ImageRefusedException
			.corrupt("The " + format + " file is truncated: it ends at byte " + length + " before the image does");
	}

	private static int u16(byte[] bytes, int at) {
		if (at + 2 > bytes.length) {
			throw truncated("JPEG", bytes.length);
		}
		return (bytes[at] & 0xFF) << 8 | (bytes[at + 1] & 0xFF);
	}

	private static long u32(byte[] bytes, int at) {
		return (bytes[at] & 0xFFL) << 24 | (bytes[at + 1] & 0xFFL) << 16 | (bytes[at + 2] & 0xFFL) << 8
				| (bytes[at + 3] & 0xFFL);
	}

}
