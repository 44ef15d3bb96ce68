package dev.marquee.ratelimit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many API requests a client may send per window.
 *
 * @param enabled whether requests are limited at all
 * @param window the length of a window
 * @param anonymous requests per window for a client without an API key, counted per IP
 * address
 * @param reader requests per window for an API key with the reader role, counted per key
 * @param admin requests per window for an admin key, counted per key; 0 means unlimited
 * @param failedAuthentications refused credentials per window, counted per IP address,
 * after which that address's requests with credentials get 429 until the window ends;
 * independent of {@code enabled}; 0 means unbounded
 * @param store where the buckets live: {@code memory}, in each instance (free, but N
 * instances allow N times the limits), or {@code database}, one bucket per client in
 * PostgreSQL shared by every instance (a locked read and a write per request)
 */
@ConfigurationProperties("marquee.rate-limit")
record RateLimitProperties(@DefaultValue("true") boolean enabled, @DefaultValue("60s") Duration window,
		@DefaultValue("600") long anonymous, @DefaultValue("6000") long reader, @DefaultValue("0") long admin,
		@DefaultValue("20") long failedAuthentications, @DefaultValue("memory") Store store) {

	enum Store {

		MEMORY, DATABASE

	}

}
