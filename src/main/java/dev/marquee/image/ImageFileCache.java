package dev.marquee.image;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;

/**
 * The small sizes' files (every size but the original) kept in memory, up to a number of
 * bytes, so that serving a poster does not read its bytes from PostgreSQL each time. A
 * file's URL names its content, so what is kept is never stale; a file that is deleted
 * still must not be served, so a kept file is checked still stored by an indexed lookup
 * that reads no bytes, at most once every {@code recheck} (1 s) for each file: another
 * instance may serve a deleted file that long, this one forgets an image's files as soon
 * as the image's own deletion commits. Files in an object store are streamed from it as
 * before, not kept. Hits and misses are counted by the metric
 * {@code cache.gets{cache="image-files"}}.
 */
@Component
@EnableConfigurationProperties(ImageFileCache.Properties.class)
class ImageFileCache {

	private final ImageFiles files;

	private final Cache<String, Kept> kept;

	private final long maxBytes;

	private final long recheckNanos;

	ImageFileCache(ImageFiles files, Properties properties, ObjectProvider<MeterRegistry> meters) {
		this.files = files;
		this.maxBytes = properties.maxBytes(Runtime.getRuntime().maxMemory());
		this.recheckNanos = properties.recheck().toNanos();
		this.kept = Caffeine.newBuilder()
			.maximumWeight(this.maxBytes)
			.<String, Kept>weigher((key, kept) -> kept.bytes().length)
			.recordStats()
			.build();
		meters.ifAvailable((registry) -> CaffeineCacheMetrics.monitor(registry, this.kept, "image-files"));
	}

	/**
	 * One size of an image as served, from memory when it is kept there and still stored.
	 */
	Optional<ImageFiles.Served> find(String sha256, ImageSize size, String format) {
		String key = key(sha256, size, format);
		Kept kept = this.kept.getIfPresent(key);
		if (kept != null) {
			long now = System.nanoTime();
			if (now - kept.checked() >= this.recheckNanos) {
				if (!this.files.exists(sha256, size, format)) {
					this.kept.invalidate(key);
					return Optional.empty();
				}
				this.kept.put(key, new Kept(kept.bytes(), now));
			}
			return Optional.of(served(kept.bytes()));
		}
		long read = System.nanoTime();
		return this.files.read(sha256, size, format).map((stored) -> {
			if (size != ImageSize.ORIGINAL && stored.bytes() != null) {
				this.kept.put(key, new Kept(stored.bytes(), read));
			}
			return this.files.open(stored);
		});
	}

	/**
	 * Forgets the files of this picture once the transaction deleting an image of it
	 * commits (other images may still use them: they are then read again).
	 */
	void forgetAfterCommit(String sha256) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCommit() {
					forget(sha256);
				}

			});
		}
		else {
			forget(sha256);
		}
	}

	private void forget(String sha256) {
		for (ImageSize size : ImageSize.values()) {
			this.kept.invalidateAll(List.of(key(sha256, size, "jpg"), key(sha256, size, "png")));
		}
	}

	private static String key(String sha256, ImageSize size, String format) {
		return sha256 + "/" + size.code() + "." + format;
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
	 * A kept file's bytes and when it was last found still stored.
	 */
	private record Kept(byte[] bytes, long checked) {

	}

	/**
	 * How many bytes of files are kept in memory ({@code marquee.images.file-cache.*}).
	 *
	 * @param maxSize the most; unset, a sixteenth of the heap and at most 32 MB (10 MB
	 * with the lean {@code -Xmx160m}, where a w342 poster takes about 25 KB); 0 keeps
	 * none
	 * @param recheck how long a kept file is served before it is checked still stored
	 * again; 0 checks on every request
	 */
	@ConfigurationProperties("marquee.images.file-cache")
	record Properties(@Nullable DataSize maxSize, @DefaultValue("1s") Duration recheck) {

		long maxBytes(long maxHeap) {
			return (this.maxSize != null) ? this.maxSize.toBytes()
					: Math.min(DataSize.ofMegabytes(32).toBytes(), maxHeap / 16);
		}

	}

}
