package dev.marquee.company;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A company as its own resource: what a credit shows of it ({@link CompanyRef}) and its
 * version, the ETag.
 */
@Schema(description = "A company; version is its ETag.")
record CompanyView(@Schema(example = "1") long id, @Schema(example = "co0046718") @Nullable String imdbId,
		@Schema(example = "Summit Entertainment") String name,
		@Schema(description = "ISO 3166-1 alpha-2 country", example = "US") @Nullable String country,
		@Schema(description = "Changes on every edit; the ETag of the company", example = "0") long version) {

}
