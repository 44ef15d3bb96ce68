package dev.marquee.image;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What an uploaded image may be ({@code marquee.images.*}).
 *
 * @param maxBytes the most bytes a file may have (20 MB: a 10 MB camera JPEG passes)
 * @param maxPixels the most pixels its header may claim (40 Mpx: 8,000 × 5,000); a
 * decoded image takes 4 bytes a pixel, so this also bounds the memory one upload takes,
 * and it is lowered to what half the heap holds for all the decodes running at once
 * @param concurrentDecodes how many uploads are decoded at once; more wait their turn, so
 * the memory all uploads take is bounded too
 */
@ConfigurationProperties("marquee.images")
record ImageLimits(long maxBytes, long maxPixels, int concurrentDecodes) {

	ImageLimits {
		maxBytes = (maxBytes > 0) ? maxBytes : 20L * 1024 * 1024;
		concurrentDecodes = (concurrentDecodes > 0) ? concurrentDecodes : 2;
		maxPixels = Math.min((maxPixels > 0) ? maxPixels : 40_000_000L,
				heldByHalfTheHeap(Runtime.getRuntime().maxMemory(), concurrentDecodes));
	}

	/**
	 * The most pixels each of the decodes running at once may have so that together they
	 * take at most half the heap (4 bytes a pixel): with the lean production flags
	 * ({@code -Xmx160m}) about 10 Mpx each, from 640 MB of heap the configured 40 Mpx.
	 */
	static long heldByHalfTheHeap(long maxHeap, int concurrentDecodes) {
		return maxHeap / 2 / 4 / concurrentDecodes;
	}

}
