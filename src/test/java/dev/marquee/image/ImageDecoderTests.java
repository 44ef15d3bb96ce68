package dev.marquee.image;

import java.lang.management.ManagementFactory;
import java.util.function.Supplier;

import dev.marquee.support.web.ApiException;
import dev.marquee.support.web.ProblemType;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A decompression bomb is refused from its header, before a pixel is decoded: the memory
 * its refusal takes stays that of reading a small file, whatever size it claims (a 30,000
 * × 30,000 image decoded would take 3.6 GB). Measured as the bytes this thread allocates
 * while the decoder refuses it.
 */
class ImageDecoderTests {

	/**
	 * Far below any decoded bomb, far above what reading a small file's header takes.
	 */
	private static final long FLAT = 8L * 1024 * 1024;

	private final ImageDecoder decoder = new ImageDecoder(new ImageLimits(0, 40_000_000, 2));

	@Test
	void aPngBombIsRefusedWithoutTheMemoryItClaims() {
		assertRefusedFlat(TestImages::pngBomb, "image/png", 30_000, 30_000);
	}

	@Test
	void aJpegBombIsRefusedWithoutTheMemoryItClaims() {
		assertRefusedFlat(TestImages::jpegBomb, "image/jpeg", 30_000, 30_000);
	}

	@Test
	void aProgressiveJpegBombIsRefusedWithoutTheMemoryItClaims() {
		assertRefusedFlat(() -> TestImages.progressiveJpegBomb(30_000, 30_000), null, 30_000, 30_000);
		assertRefusedFlat(() -> TestImages.progressiveJpegBomb(65_535, 65_535), null, 65_535, 65_535);
	}

	@Test
	void anImageWithinTheLimitIsDecoded() {
		assertThat(this.decoder.decode(TestImages.jpeg(300, 200), "image/jpeg").image().getWidth()).isEqualTo(300);
	}

	private void assertRefusedFlat(Supplier<byte[]> bomb, @Nullable String declared, int width, int height) {
		byte[] bytes = bomb.get();
		assertThat(bytes.length).as("a small file").isLessThan(2_000);
		// Once, so that the readers' classes and tables are loaded before measuring.
		catchThrowableOfType(ApiException.class, () -> this.decoder.decode(bytes, declared));

		long before = allocated();
		ApiException refused = catchThrowableOfType(ApiException.class, () -> this.decoder.decode(bytes, declared));
		long taken = allocated() - before;

		assertThat(refused.getProblemType()).isEqualTo(ProblemType.IMAGE_TOO_LARGE);
		assertThat(refused.getMessage()).isEqualTo(
				"The image's header claims %d × %d pixels (%d); an image may have " + "at most %d", width, height,
				(long) width * height, this.decoder.limits().maxPixels());
		assertThat(taken).as("bytes allocated refusing it").isLessThan(FLAT);
	}

	private static long allocated() {
		return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
	}

}
