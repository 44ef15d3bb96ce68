package dev.marquee.apikey;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A key as listings show it: never the key, only its first characters.
 */
@Schema(name = "ApiKey", description = "An API key, without the key itself.")
record ApiKeyView(@Schema(example = "1") long id, @Schema(example = "catalogue editor") String name,
		@Schema(example = "admin") ApiKeyRole role,
		@Schema(description = "The key's first characters, to tell keys apart", example = "mq_Xk3v9Qa") String prefix,
		Instant createdAt,
		@Schema(description = "Last request made with the key (to the minute)",
				nullable = true) @Nullable Instant lastUsedAt,
		@Schema(description = "When the key was revoked; null while it works",
				nullable = true) @Nullable Instant revokedAt) {

	static ApiKeyView of(ApiKey key) {
		return new ApiKeyView(key.getId(), key.getName(), key.getRole(), key.getKeyPrefix(), key.getCreatedAt(),
				key.getLastUsedAt(), key.getRevokedAt());
	}

}
