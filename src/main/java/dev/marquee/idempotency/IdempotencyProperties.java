package dev.marquee.idempotency;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a POST's answer is kept for its retries
 * ({@code marquee.idempotency.retention}, 24 hours by default), and how long a key whose
 * first request never answered stays claimed
 * ({@code marquee.idempotency.abandoned-after}, one minute: far beyond the longest a
 * request can take, see docs/reliability.md).
 */
@ConfigurationProperties("marquee.idempotency")
record IdempotencyProperties(@DefaultValue("24h") Duration retention, @DefaultValue("60s") Duration abandonedAfter) {
}
