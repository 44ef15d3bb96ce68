package dev.marquee.image;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.springframework.core.io.ClassPathResource;

/**
 * Image files for tests, drawn here (JPEG, PNG) or shipped ({@code images/sunset.webp},
 * 300 × 200, made with ImageMagick: ImageIO writes no WebP), and the bad files uploads
 * must refuse.
 */
final class TestImages {

	private TestImages() {
	}

	static byte[] jpeg(int width, int height) {
		return write(drawn(width, height, BufferedImage.TYPE_INT_RGB), "jpg");
	}

	/**
	 * A JPEG with a comment segment right after its start: metadata that must not be
	 * served.
	 */
	static byte[] jpegWithComment(int width, int height, String comment) {
		byte[] jpeg = jpeg(width, height);
		byte[] text = comment.getBytes(StandardCharsets.US_ASCII);
		ByteBuffer out = ByteBuffer.allocate(jpeg.length + 4 + text.length);
		out.put(jpeg, 0, 2).put((byte) 0xFF).put((byte) 0xFE).putShort((short) (text.length + 2)).put(text);
		out.put(jpeg, 2, jpeg.length - 2);
		return out.array();
	}

	static byte[] png(int width, int height, boolean alpha) {
		return write(drawn(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB), "png");
	}

	static byte[] webp() {
		try {
			return new ClassPathResource("images/sunset.webp").getContentAsByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A small PNG whose header claims 30,000 × 30,000 pixels (its checksum fixed, so only
	 * the size gives it away): a decompression bomb.
	 */
	static byte[] pngBomb() {
		byte[] png = png(8, 8, false);
		ByteBuffer bytes = ByteBuffer.wrap(png);
		bytes.putInt(16, 30_000).putInt(20, 30_000);
		CRC32 crc = new CRC32();
		crc.update(png, 12, 17);
		bytes.putInt(29, (int) crc.getValue());
		return png;
	}

	/**
	 * A small JPEG whose frame header (SOF0) claims 30,000 × 30,000 pixels: a
	 * decompression bomb.
	 */
	static byte[] jpegBomb() {
		return claiming(jpeg(8, 8), 0xC0, 30_000, 30_000);
	}

	/**
	 * A small progressive JPEG whose frame header (SOF2) claims {@code width} ×
	 * {@code height} pixels: a decompression bomb of the kind that decodes every scan
	 * into a buffer of the whole image.
	 */
	static byte[] progressiveJpegBomb(int width, int height) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpg").next();
		try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(stream);
			ImageWriteParam parameters = writer.getDefaultWriteParam();
			parameters.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
			writer.write(null, new IIOImage(drawn(8, 8, BufferedImage.TYPE_INT_RGB), null, null), parameters);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			writer.dispose();
		}
		return claiming(out.toByteArray(), 0xC2, width, height);
	}

	/**
	 * The JPEG with the size in its frame header (the {@code SOFn} marker given)
	 * replaced.
	 */
	private static byte[] claiming(byte[] jpeg, int frameMarker, int width, int height) {
		for (int i = 2; i + 9 < jpeg.length; i++) {
			if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == frameMarker) {
				ByteBuffer.wrap(jpeg).putShort(i + 5, (short) height).putShort(i + 7, (short) width);
				return jpeg;
			}
		}
		throw new IllegalStateException("No frame header " + Integer.toHexString(frameMarker));
	}

	/**
	 * A JPEG with an EXIF segment (APP1) right after its start, naming where it was taken
	 * (GPS latitude 34° 7' 7" N) and describing it with {@code description}: metadata
	 * that must not be served.
	 */
	static byte[] jpegWithGps(int width, int height, String description) {
		byte[] text = (description + "\0").getBytes(StandardCharsets.US_ASCII);
		int gpsIfd = 38 + text.length + (text.length % 2);
		ByteBuffer tiff = ByteBuffer.allocate(gpsIfd + 30 + 24);
		tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
		// IFD0: the image's description and where its GPS directory is
		tiff.putShort((short) 2);
		tiff.putShort((short) 0x010E).putShort((short) 2).putInt(text.length).putInt(38);
		tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsIfd);
		tiff.putInt(0).put(text);
		// GPS directory: latitude reference and latitude (three rationals)
		tiff.position(gpsIfd);
		tiff.putShort((short) 2);
		tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
		tiff.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(gpsIfd + 30);
		tiff.putInt(0);
		tiff.putInt(34).putInt(1).putInt(7).putInt(1).putInt(7).putInt(1);
		return withExif(jpeg(width, height), tiff.array());
	}

	/**
	 * A JPEG whose pixels are stored {@code width} × {@code height} with the top left
	 * quarter red and the rest blue, and whose EXIF (APP1) names the Orientation
	 * {@code orientation} (6: shown turned 90° clockwise, as a phone held upright stores
	 * them).
	 */
	static byte[] jpegWithOrientation(int width, int height, int orientation) {
		return withExif(write(quartered(width, height), "jpg"), orientationExif(orientation));
	}

	/**
	 * A PNG of the pixels of {@link #jpegWithOrientation} with the same EXIF in an
	 * {@code eXIf} chunk right after its header chunk (IHDR), as PNG 1.2's extension
	 * places it.
	 */
	static byte[] pngWithOrientation(int width, int height, int orientation) {
		byte[] png = write(quartered(width, height), "png");
		byte[] tiff = orientationExif(orientation);
		int afterHeader = 8 + 4 + 4 + 13 + 4;
		CRC32 crc = new CRC32();
		crc.update("eXIf".getBytes(StandardCharsets.US_ASCII));
		crc.update(tiff);
		ByteBuffer out = ByteBuffer.allocate(png.length + 12 + tiff.length);
		out.put(png, 0, afterHeader);
		out.putInt(tiff.length).put("eXIf".getBytes(StandardCharsets.US_ASCII)).put(tiff).putInt((int) crc.getValue());
		out.put(png, afterHeader, png.length - afterHeader);
		return out.array();
	}

	/**
	 * The WebP of {@link #webp} (a 300 × 200 sunset, one VP8 chunk) in WebP's extended
	 * format: a VP8X chunk saying it has EXIF, its VP8 chunk, then an EXIF chunk naming
	 * the Orientation {@code orientation}.
	 */
	static byte[] webpWithOrientation(int orientation) {
		byte[] simple = webp();
		BufferedImage image = read(simple);
		byte[] tiff = orientationExif(orientation);
		int pad = tiff.length & 1;
		ByteBuffer out = ByteBuffer.allocate(12 + 18 + (simple.length - 12) + 8 + tiff.length + pad)
			.order(ByteOrder.LITTLE_ENDIAN);
		out.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(out.capacity() - 8);
		out.put("WEBP".getBytes(StandardCharsets.US_ASCII));
		out.put("VP8X".getBytes(StandardCharsets.US_ASCII)).putInt(10).put((byte) 0x08).put(new byte[3]);
		putUInt24(out, image.getWidth() - 1);
		putUInt24(out, image.getHeight() - 1);
		out.put(simple, 12, simple.length - 12);
		out.put("EXIF".getBytes(StandardCharsets.US_ASCII)).putInt(tiff.length).put(tiff).put(new byte[pad]);
		return out.array();
	}

	private static void putUInt24(ByteBuffer out, int value) {
		out.put((byte) value).put((byte) (value >> 8)).put((byte) (value >> 16));
	}

	/**
	 * {@code width} × {@code height} pixels, the top left quarter red and the rest blue.
	 */
	private static BufferedImage quartered(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.BLUE);
		g.fillRect(0, 0, width, height);
		g.setColor(Color.RED);
		g.fillRect(0, 0, width / 2, height / 2);
		g.dispose();
		return image;
	}

	/**
	 * EXIF's TIFF structure naming only the Orientation {@code orientation}: the header,
	 * IFD0 with one entry: Orientation (0x0112), SHORT, 1 value.
	 */
	private static byte[] orientationExif(int orientation) {
		ByteBuffer tiff = ByteBuffer.allocate(26);
		tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
		tiff.putShort((short) 1);
		tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
		tiff.putInt(0);
		return tiff.array();
	}

	/**
	 * The JPEG with an EXIF segment (APP1) holding {@code tiff} right after its start.
	 */
	private static byte[] withExif(byte[] jpeg, byte[] tiff) {
		ByteBuffer out = ByteBuffer.allocate(jpeg.length + 4 + 6 + tiff.length);
		out.put(jpeg, 0, 2).put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + tiff.length));
		out.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII)).put(tiff);
		out.put(jpeg, 2, jpeg.length - 2);
		return out.array();
	}

	static BufferedImage read(byte[] bytes) {
		try {
			return ImageIO.read(new ByteArrayInputStream(bytes));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] concat(byte[] first, byte[] second) {
		byte[] both = Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

	private static BufferedImage drawn(int width, int height, int type) {
		BufferedImage image = new BufferedImage(width, height, type);
		Graphics2D g = image.createGraphics();
		g.setPaint(new GradientPaint(0, 0, new Color(20, 30, 90, 255), width, height, new Color(200, 80, 140, 120)));
		g.fillRect(0, 0, width, height);
		g.dispose();
		return image;
	}

	private static byte[] write(BufferedImage image, String format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
