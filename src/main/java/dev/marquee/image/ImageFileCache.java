package dev.marquee.image;

import java.io.ByteArrayInputStream;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The small sizes' files (every size but the original) kept in memory, up to a number of
 * bytes, so that serving a poster does not read its bytes from PostgreSQL each time. A
 * file's URL names its content, so what is kept is never stale; a file that is deleted
 * still must not be served, so a kept file is served only once one indexed lookup has
 * found it still stored (that lookup reads no bytes). Files in an object store are
 * streamed from it as before, not kept. Hits and misses are counted by the metric
 * {@code cache.gets{cache="image-files"}}.
 */
@Component
@EnableConfigurationProperties(ImageFileCache.Properties.class)
class ImageFileCache {

	private final ImageFiles files;

	private final Cache<String, byte[]> kept;

	private final long maxBytes;

	ImageFileCache(ImageFiles files, Properties properties, ObjectProvider<MeterRegistry> meters) {
		this.files = files;
		this.maxBytes = properties.maxBytes(Runtime.getRuntime().maxMemory());
		this.kept = Caffeine.newBuilder()
			.maximumWeight(this.maxBytes)
			.<String, byte[]>weigher((key, bytes) -> bytes.length)
			.recordStats()
			.build();
		meters.ifAvailable((registry) -> CaffeineCacheMetrics.monitor(registry, this.kept, "image-files"));
	}

	/**
	 * One size of an image as served, from memory when it is kept there and still stored.
	 */
	Optional<ImageFiles.Served> find(String sha256, ImageSize size, String format) {
		String key = sha256 + "/" + size.code() + "." + format;
		byte[] bytes = this.kept.getIfPresent(key);
		if (bytes != null) {
			if (!this.files.exists(sha256, size, format)) {
				this.kept.invalidate(key);
				return Optional.empty();
			}
			return Optional.of(served(bytes));
		}
		return this.files.read(sha256, size, format).map((stored) -> {
			if (size != ImageSize.ORIGINAL && stored.bytes() != null) {
				this.kept.put(key, stored.bytes());
			}
			return this.files.open(stored);
		});
	}

	/**
	 * The most bytes kept.
	 */
	long maxBytes() {
		return this.maxBytes;
	}

	/**
	 * The bytes kept now, once pending evictions are done.
	 */
	long keptBytes() {
		this.kept.cleanUp();
		return this.kept.policy().eviction().orElseThrow().weightedSize().orElseThrow();
	}

	private static ImageFiles.Served served(byte[] bytes) {
		return new ImageFiles.Served(new ByteArrayInputStream(bytes), bytes.length);
	}

	/**
	 * How many bytes of files are kept in memory ({@code marquee.images.file-cache.*}).
	 *
	 * @param maxSize the most; unset, a sixteenth of the heap and at most 32 MB (10 MB
	 * with the lean {@code -Xmx160m}, where a w342 poster takes about 25 KB); 0 keeps
	 * none
	 */
	@ConfigurationProperties("marquee.images.file-cache")
	record Properties(@Nullable DataSize maxSize) {

		long maxBytes(long maxHeap) {
			return (this.maxSize != null) ? this.maxSize.toBytes()
					: Math.min(DataSize.ofMegabytes(32).toBytes(), maxHeap / 16);
		}

	}

}
