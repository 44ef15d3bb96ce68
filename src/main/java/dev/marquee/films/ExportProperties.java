package dev.marquee.films;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Bounds of the NDJSON document export, which can run for minutes and send gigabytes.
 *
 * @param maxConcurrent exports one instance serves at once; one more is refused with 503
 * export-busy
 * @param retryAfter the Retry-After of that refusal
 * @param minReadRate the slowest a client may read, measured over the time the server
 * waits for it to take what was sent; a slower one is cut off
 * @param minReadRateAfter how long the server waits for a client before it measures its
 * rate, so a short pause on a good connection costs nothing
 */
@ConfigurationProperties("marquee.export")
record ExportProperties(@DefaultValue("2") int maxConcurrent, @DefaultValue("30s") Duration retryAfter,
		@DefaultValue("16KB") DataSize minReadRate, @DefaultValue("10s") Duration minReadRateAfter) {
}
