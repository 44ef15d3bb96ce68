package dev.marquee.idempotency;

import org.jspecify.annotations.Nullable;

/**
 * The first answer to an idempotent POST, as replayed to its retries.
 */
record StoredResponse(int status, @Nullable String location, @Nullable String etag, @Nullable String contentType,
		@Nullable String cacheControl, byte[] body) {
}
