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
 * PostgreSQL shared by every instance
 * @param localShare with the {@code database} store, the share of a client's limit an
 * instance lets through on its own count before it writes that count to the shared bucket
 * (a locked read and a write): N instances let a client through at most N times this
 * share over its limit in a window; 0 writes every request
 * @param syncInterval with the {@code database} store, the longest an instance answers a
 * client from its own count before it writes it to the shared bucket again (the share,
 * not this, bounds how far over its limit a client gets)
 */
@ConfigurationProperties("marquee.rate-limit")
record RateLimitProperties(@DefaultValue("true") boolean enabled, @DefaultValue("60s") Duration window,
		@DefaultValue("600") long anonymous, @DefaultValue("6000") long reader, @DefaultValue("0") long admin,
		@DefaultValue("20") long failedAuthentications, @DefaultValue("memory") Store store,
		@DefaultValue("0.05") double localShare, @DefaultValue("60s") Duration syncInterval) {

	enum Store {

		MEMORY, DATABASE

	}

}
