package dev.marquee.idempotency;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a POST's answer is kept for its retries
 * ({@code marquee.idempotency.retention}, 24 hours by default).
 */
@ConfigurationProperties("marquee.idempotency")
record IdempotencyProperties(@DefaultValue("24h") Duration retention) {
}
