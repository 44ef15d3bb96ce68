package dev.marquee.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.Semaphore;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import dev.marquee.support.web.ApiException;
import dev.marquee.support.web.ProblemType;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.Orientation;
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
 * then is the image decoded, at most {@link ImageLimits#concurrentDecodes} at a time, and
 * its pixels turned upright as its EXIF Orientation says (a JPEG's, a PNG's or a WebP's;
 * the files served carry no EXIF), so the width and height recorded are the upright ones.
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
			return new Decoded(format, decode(reader, format, orientation(format, bytes)));
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

	/**
	 * How the pixels are to be turned to stand upright, as the file's EXIF Orientation
	 * tag says (a camera held sideways stores them sideways and says so there): in a
	 * JPEG's APP1 segment (read with TwelveMonkeys' segment reader), a PNG's {@code eXIf}
	 * chunk or a WebP's {@code EXIF} chunk ({@link ExifChunks}), its TIFF structure read
	 * with TwelveMonkeys' TIFF reader; {@code null} for a file without the tag, or with
	 * EXIF too malformed to tell (its pixels are served as stored).
	 */
	private static @Nullable Orientation orientation(ImageFormat format, byte[] bytes) {
		try {
			if (format != ImageFormat.JPEG) {
				byte[] tiff = ExifChunks.of(format, bytes);
				return (tiff != null) ? orientation(new ByteArrayInputStream(tiff)) : null;
			}
			try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
				List<JPEGSegment> exif = JPEGSegmentUtil.readSegments(in, JPEG.APP1, "Exif");
				if (exif.isEmpty()) {
					return null;
				}
				InputStream data = exif.get(0).data();
				data.read(); // the pad byte after "Exif\0"
				return orientation(data);
			}
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

	/**
	 * The Orientation tag of an EXIF TIFF structure, if any.
	 */
	private static @Nullable Orientation orientation(InputStream exif) throws IOException {
		try (ImageInputStream tiff = ImageIO.createImageInputStream(exif)) {
			Entry entry = new TIFFReader().read(tiff).getEntryById(TIFF.TAG_ORIENTATION);
			return (entry != null && entry.getValue() instanceof Number value) ? Orientation.typeOf(value.intValue())
					: null;
		}
	}

	private BufferedImage decode(ImageReader reader, ImageFormat format, @Nullable Orientation orientation)
			throws IOException {
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
			// Re-encoding drops the EXIF that says how to show the pixels: turn them
			// upright now (Thumbnailator's filter for the orientation), within the
			// decode's turn, as the turned copy takes as much memory again.
			return (orientation != null && orientation != Orientation.TOP_LEFT)
					? ExifFilterUtils.getFilterForOrientation(orientation).apply(image) : image;
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
