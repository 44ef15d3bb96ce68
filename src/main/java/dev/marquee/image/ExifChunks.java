package dev.marquee.image;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * Where a PNG or WebP file keeps its EXIF: the TIFF structure of its {@code eXIf} chunk
 * (PNG) or its {@code EXIF} chunk (WebP, in the extended format), found by walking the
 * file's chunks as {@link ImageEnd} walks them. The EXIF itself is read by TwelveMonkeys'
 * TIFF reader ({@link ImageDecoder}); this only finds its bytes.
 */
final class ExifChunks {

	private static final byte[] EXIF_HEADER = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);

	private ExifChunks() {
	}

	/**
	 * The TIFF bytes of the file's EXIF chunk; {@code null} when it has none (or its
	 * chunks are malformed, which {@link ImageEnd} refuses anyway).
	 */
	static byte @Nullable [] of(ImageFormat format, byte[] bytes) {
		byte[] chunk = switch (format) {
			case PNG -> png(bytes);
			case WEBP -> webp(bytes);
			case JPEG -> null;
		};
		if (chunk != null && chunk.length >= EXIF_HEADER.length
				&& Arrays.equals(chunk, 0, EXIF_HEADER.length, EXIF_HEADER, 0, EXIF_HEADER.length)) {
			// Some writers keep JPEG's "Exif\0\0" before the TIFF header.
			return Arrays.copyOfRange(chunk, EXIF_HEADER.length, chunk.length);
		}
		return chunk;
	}

	/**
	 * PNG chunks: a 4-byte big-endian length, a 4-byte type, the data and a CRC.
	 */
	private static byte @Nullable [] png(byte[] bytes) {
		int at = 8;
		while (at + 12 <= bytes.length) {
			long length = (bytes[at] & 0xFFL) << 24 | (bytes[at + 1] & 0xFFL) << 16 | (bytes[at + 2] & 0xFFL) << 8
					| (bytes[at + 3] & 0xFFL);
			long end = at + 12 + length;
			if (end > bytes.length) {
				return null;
			}
			if (type(bytes, at + 4, "eXIf")) {
				return Arrays.copyOfRange(bytes, at + 8, at + 8 + (int) length);
			}
			if (type(bytes, at + 4, "IEND")) {
				return null;
			}
			at = (int) end;
		}
		return null;
	}

	/**
	 * WebP's RIFF chunks after the 12-byte header: a 4-byte type, a 4-byte little-endian
	 * size, the data padded to an even length.
	 */
	private static byte @Nullable [] webp(byte[] bytes) {
		int at = 12;
		while (at + 8 <= bytes.length) {
			long size = (bytes[at + 4] & 0xFFL) | (bytes[at + 5] & 0xFFL) << 8 | (bytes[at + 6] & 0xFFL) << 16
					| (bytes[at + 7] & 0xFFL) << 24;
			long end = at + 8 + size + (size & 1);
			if (at + 8 + size > bytes.length) {
				return null;
			}
			if (type(bytes, at, "EXIF")) {
				return Arrays.copyOfRange(bytes, at + 8, at + 8 + (int) size);
			}
			at = (int) Math.min(end, Integer.MAX_VALUE);
		}
		return null;
	}

	private static boolean type(byte[] bytes, int at, String type) {
		for (int i = 0; i < 4; i++) {
			if (bytes[at + i] != type.charAt(i)) {
				return false;
			}
		}
		return true;
	}

}
