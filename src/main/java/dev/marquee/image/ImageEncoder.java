package dev.marquee.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import net.coobird.thumbnailator.Thumbnails;

import org.springframework.stereotype.Component;

/**
 * Re-encodes decoded pixels into the files served: the original and each sized variant,
 * scaled by Thumbnailator (progressive bilinear, the aspect ratio kept). Written from
 * pixels alone, the files carry no metadata of the upload (no EXIF, no comments, nothing
 * after the image). Images with an alpha channel (logos) are served as PNG, the others as
 * JPEG.
 */
@Component
class ImageEncoder {

	private static final float ORIGINAL_QUALITY = 0.92f;

	private static final float VARIANT_QUALITY = 0.85f;

	Encoded encode(BufferedImage image) {
		boolean alpha = image.getColorModel().hasAlpha();
		String format = alpha ? "png" : "jpg";
		Map<ImageSize, Variant> variants = new EnumMap<>(ImageSize.class);
		for (ImageSize size : ImageSize.values()) {
			variants.put(size, variant(image, size, format, alpha));
		}
		Variant original = variants.get(ImageSize.ORIGINAL);
		return new Encoded(sha256(original.bytes()), format, image.getWidth(), image.getHeight(), variants);
	}

	private static Variant variant(BufferedImage image, ImageSize size, String format, boolean alpha) {
		int width = size.widthOf(image.getWidth());
		try {
			Thumbnails.Builder<BufferedImage> builder = Thumbnails.of(image)
				.imageType(alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
			BufferedImage scaled = ((width == image.getWidth()) ? builder.scale(1.0) : builder.width(width))
				.asBufferedImage();
			return new Variant(scaled.getWidth(), scaled.getHeight(),
					write(scaled, format, (size == ImageSize.ORIGINAL) ? ORIGINAL_QUALITY : VARIANT_QUALITY));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The pixels as a file, with no metadata: ImageIO's writer given the image alone.
	 */
	private static byte[] write(BufferedImage image, String format, float quality) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(out);
			ImageWriteParam parameters = writer.getDefaultWriteParam();
			if (format.equals("jpg")) {
				parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				parameters.setCompressionQuality(quality);
			}
			writer.write(null, new IIOImage(image, null, null), parameters);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * One served file: its size in pixels and its bytes.
	 */
	record Variant(int width, int height, byte[] bytes) {

	}

	/**
	 * An image's files, keyed by the hash of its original.
	 */
	record Encoded(String sha256, String format, int width, int height, Map<ImageSize, Variant> variants) {

	}

}
