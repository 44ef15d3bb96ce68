package dev.marquee.image;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What an uploaded image may be ({@code marquee.images.*}).
 *
 * @param maxBytes the most bytes a file may have (20 MB: a 10 MB camera JPEG passes)
 * @param maxPixels the most pixels its header may claim (40 Mpx: 8,000 × 5,000); a
 * decoded image takes 4 bytes a pixel, so this also bounds the memory one upload takes
 * @param concurrentDecodes how many uploads are decoded at once; more wait their turn, so
 * the memory all uploads take is bounded too
 */
@ConfigurationProperties("marquee.images")
record ImageLimits(long maxBytes, long maxPixels, int concurrentDecodes) {

	ImageLimits {
		maxBytes = (maxBytes > 0) ? maxBytes : 20L * 1024 * 1024;
		maxPixels = (maxPixels > 0) ? maxPixels : 40_000_000L;
		concurrentDecodes = (concurrentDecodes > 0) ? concurrentDecodes : 2;
	}

}
