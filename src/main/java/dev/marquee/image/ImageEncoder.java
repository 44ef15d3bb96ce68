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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import dev.marquee.support.web.ApiException;
import dev.marquee.support.web.ProblemType;
import net.coobird.thumbnailator.Thumbnails;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Re-encodes decoded pixels into the files served: the original and each sized variant,
 * scaled by Thumbnailator (progressive bilinear, the aspect ratio kept). Written from
 * pixels alone, the files carry no metadata of the upload (no EXIF, no comments, nothing
 * after the image). Images with an alpha channel (logos) are served as PNG, the others as
 * JPEG.
 * <p>
 * The sized variants are made on a thread of their own while the caller writes the
 * original (on two cores the original's encoding is the longer of the two), and from one
 * intermediate twice the widest of them rather than each from the full picture: scaling a
 * 24-megapixel picture four times took longer than encoding it. The intermediate is one
 * of the halvings Thumbnailator makes on its way to each width anyway, and the variants
 * made from it measured within 0.2 dB (PSNR, against ImageMagick's Lanczos) of those made
 * from the full picture.
 */
@Component
@EnableConfigurationProperties(ImageLimits.class)
class ImageEncoder implements DisposableBean {

	private static final float ORIGINAL_QUALITY = 0.92f;

	private static final float VARIANT_QUALITY = 0.85f;

	/**
	 * The width of the picture the sized variants are scaled from: twice the widest.
	 */
	private static final int INTERMEDIATE_WIDTH = 2 * ImageSize.W500.widthOf(Integer.MAX_VALUE);

	private final ExecutorService sizing;

	ImageEncoder(ImageLimits limits) {
		AtomicInteger threads = new AtomicInteger();
		this.sizing = Executors.newFixedThreadPool(limits.concurrentDecodes(), (task) -> {
			Thread thread = new Thread(task, "image-sizes-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	Encoded encode(BufferedImage image) {
		boolean alpha = image.getColorModel().hasAlpha();
		String format = alpha ? "png" : "jpg";
		Future<Map<ImageSize, Variant>> sized = this.sizing.submit(() -> sized(image, format, alpha));
		Variant original;
		try {
			original = original(image, format, alpha);
		}
		catch (RuntimeException | Error ex) {
			// The sized variants are waited for all the same, so that no upload's pixels
			// outlive its answer; the original's failure is the one thrown.
			awaitQuietly(sized);
			throw ex;
		}
		Map<ImageSize, Variant> variants = new EnumMap<>(await(sized));
		variants.put(ImageSize.ORIGINAL, original);
		return new Encoded(sha256(original.bytes()), format, image.getWidth(), image.getHeight(), variants);
	}

	/**
	 * The original, written from the decoded pixels themselves when they are already of a
	 * type the writer takes as it is (a JPEG decodes to 3-byte BGR; the file written is
	 * the same, byte for byte, as from a copy in {@code int} RGB, without the copy's 4
	 * bytes a pixel), otherwise from such a copy.
	 */
	private static Variant original(BufferedImage image, String format, boolean alpha) {
		int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
		boolean asIs = image.getType() == type || (!alpha && image.getType() == BufferedImage.TYPE_3BYTE_BGR);
		try {
			BufferedImage pixels = asIs ? image : Thumbnails.of(image).imageType(type).scale(1.0).asBufferedImage();
			return new Variant(pixels.getWidth(), pixels.getHeight(), write(pixels, format, ORIGINAL_QUALITY));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Every size but the original, each scaled from an intermediate twice the widest (or
	 * from the picture itself when it is no wider).
	 */
	private static Map<ImageSize, Variant> sized(BufferedImage image, String format, boolean alpha) throws IOException {
		int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
		BufferedImage source = (image.getWidth() > INTERMEDIATE_WIDTH)
				? Thumbnails.of(image).imageType(type).width(INTERMEDIATE_WIDTH).asBufferedImage() : image;
		Map<ImageSize, Variant> variants = new EnumMap<>(ImageSize.class);
		for (ImageSize size : ImageSize.values()) {
			if (size == ImageSize.ORIGINAL) {
				continue;
			}
			int width = size.widthOf(image.getWidth());
			Thumbnails.Builder<BufferedImage> builder = Thumbnails.of(source).imageType(type);
			if (source != image) {
				// The height Thumbnailator gives from the full picture's aspect ratio:
				// the intermediate's own is rounded already.
				builder.forceSize(width,
						Math.max(1, (int) Math.round(width / ((double) image.getWidth() / image.getHeight()))));
			}
			else if (width == source.getWidth()) {
				builder.scale(1.0);
			}
			else {
				builder.width(width);
			}
			BufferedImage scaled = builder.asBufferedImage();
			variants.put(size,
					new Variant(scaled.getWidth(), scaled.getHeight(), write(scaled, format, VARIANT_QUALITY)));
		}
		return variants;
	}

	/**
	 * The sized variants once made.
	 */
	private static Map<ImageSize, Variant> await(Future<Map<ImageSize, Variant>> sized) {
		try {
			return sized.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			sized.cancel(true);
			throw new ApiException(ProblemType.SERVICE_UNAVAILABLE, "The server is shutting down; retry");
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause();
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (cause instanceof Error error) {
				throw error;
			}
			throw new UncheckedIOException((cause instanceof IOException io) ? io : new IOException(cause));
		}
	}

	private static void awaitQuietly(Future<Map<ImageSize, Variant>> sized) {
		try {
			await(sized);
		}
		catch (RuntimeException | Error ignored) {
			// the original's failure is the one reported
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

	@Override
	public void destroy() {
		this.sizing.shutdownNow();
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
