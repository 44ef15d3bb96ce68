package dev.marquee.image;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pixel limit never lets the decodes running at once take more than half the heap.
 */
class ImageLimitsTests {

	private static final long MB = 1024 * 1024;

	@Test
	void theLeanProductionHeapHoldsTwoDecodesOfAboutTenMegapixels() {
		assertThat(ImageLimits.heldByHalfTheHeap(160 * MB, 2)).isEqualTo(10_485_760L);
	}

	@Test
	void fromSixHundredFortyMegabytesTheConfiguredFortyMegapixelsHold() {
		assertThat(ImageLimits.heldByHalfTheHeap(640 * MB, 2)).isGreaterThanOrEqualTo(40_000_000L);
		assertThat(ImageLimits.heldByHalfTheHeap(600 * MB, 2)).isLessThan(40_000_000L);
	}

	@Test
	void theConfiguredLimitIsLoweredToWhatTheHeapHolds() {
		long held = ImageLimits.heldByHalfTheHeap(Runtime.getRuntime().maxMemory(), 4);
		assertThat(new ImageLimits(0, Long.MAX_VALUE, 4).maxPixels()).isEqualTo(held);
		assertThat(new ImageLimits(0, 1_000, 4).maxPixels()).isEqualTo(Math.min(1_000, held));
	}

}
