package dev.marquee.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.Semaphore;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import dev.marquee.support.web.ApiException;
import dev.marquee.support.web.ProblemType;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Turns an uploaded file into pixels, or refuses it naming why. In this order, each step
 * before any pixel is decoded: at most {@link ImageLimits#maxBytes} are read; the format
 * is told by the magic bytes (never the file name or the declared type); a declared type
 * that contradicts them is refused; the file's structure is walked to its end (truncated
 * or polyglot files are refused); the header's width and height are read by the format's
 * ImageIO reader without decoding (a bomb claiming 30,000 × 30,000 is refused here). Only
 * then is the image decoded, at most {@link ImageLimits#concurrentDecodes} at a time.
 */
@Component
@EnableConfigurationProperties(ImageLimits.class)
class ImageDecoder {

	private final ImageLimits limits;

	private final Semaphore decoding;

	ImageDecoder(ImageLimits limits) {
		this.limits = limits;
		this.decoding = new Semaphore(limits.concurrentDecodes(), true);
		// Readers registered by jars (TwelveMonkeys' WebP and JPEG) are found through the
		// class loader of the first ImageIO caller; scan with the application's own.
		ImageIO.scanForPlugins();
		ImageIO.setUseCache(false);
		for (ImageFormat format : ImageFormat.values()) {
			if (!ImageIO.getImageReadersByFormatName(format.reader()).hasNext()) {
				throw new IllegalStateException("No ImageIO reader for " + format);
			}
		}
	}

	ImageLimits limits() {
		return this.limits;
	}

	/**
	 * The file's bytes, refused past the byte limit without reading further.
	 */
	byte[] read(InputStream in) throws IOException {
		byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, this.limits.maxBytes() + 1));
		if (bytes.length > this.limits.maxBytes()) {
			throw ImageRefusedException.tooManyBytes(this.limits.maxBytes());
		}
		return bytes;
	}

	/**
	 * The checked, decoded image.
	 * @param declared the Content-Type sent with the file, if any
	 */
	Decoded decode(byte[] bytes, @Nullable String declared) {
		ImageFormat format = ImageFormat.of(bytes);
		if (format == null) {
			throw ImageRefusedException.unsupported(ImageFormat.describe(bytes));
		}
		if (!ImageFormat.neutral(declared) && ImageFormat.declared(declared) != format) {
			throw ImageRefusedException.mismatch(String.valueOf(declared), format);
		}
		int end = ImageEnd.of(format, bytes);
		if (end < bytes.length && !ImageEnd.harmlessTail(format, bytes, end)) {
			throw ImageRefusedException.polyglot(format, end, bytes.length);
		}
		ImageReader reader = ImageIO.getImageReadersByFormatName(format.reader()).next();
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			reader.setInput(in, true, true);
			int width = reader.getWidth(0);
			int height = reader.getHeight(0);
			if (width <= 0 || height <= 0) {
				throw ImageRefusedException.corrupt("The " + format.name() + " header gives no size");
			}
			if ((long) width * height > this.limits.maxPixels()) {
				throw ImageRefusedException.tooManyPixels(width, height, this.limits.maxPixels());
			}
			return new Decoded(format, decode(reader, format));
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof ApiException refused) {
				throw refused;
			}
			throw ImageRefusedException.corrupt("The " + format.name() + " image cannot be decoded: "
					+ ((ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName()));
		}
		finally {
			reader.dispose();
		}
	}

	private BufferedImage decode(ImageReader reader, ImageFormat format) throws IOException {
		try {
			this.decoding.acquire();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ApiException(ProblemType.SERVICE_UNAVAILABLE, "The server is shutting down; retry");
		}
		try {
			BufferedImage image = reader.read(0);
			if (image == null) {
				throw ImageRefusedException.corrupt("The " + format.name() + " image has no pixels");
			}
			return image;
		}
		finally {
			this.decoding.release();
		}
	}

	/**
	 * An upload's pixels and the format it came in.
	 */
	record Decoded(ImageFormat format, BufferedImage image) {

	}

}
