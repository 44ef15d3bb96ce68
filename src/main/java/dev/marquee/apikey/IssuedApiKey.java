package dev.marquee.apikey;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A key just created: the one answer that shows the key itself.
 */
@Schema(description = "A new API key. The key is shown this once and cannot be read again: store it now.")
public record IssuedApiKey(@Schema(example = "2") long id, @Schema(example = "catalogue editor") String name,
		@Schema(example = "admin") ApiKeyRole role, @Schema(example = "mq_Xk3v9Qa") String prefix,
		@Schema(description = "The key; send it as `Authorization: Bearer <key>`",
				example = "mq_Xk3v9QaL0pT2m8Rr1bZ7yW4cN6dE5fG9hJ3kA1sD2fG") String key,
		Instant createdAt) {
}
