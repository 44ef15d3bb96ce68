package dev.marquee.company;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

@Schema(description = "A company as a credit shows it.")
public record CompanyRef(@Schema(example = "1") long id, @Schema(example = "co0046718") @Nullable String imdbId,
		@Schema(example = "Summit Entertainment") String name,
		@Schema(description = "ISO 3166-1 alpha-2 country", example = "US") @Nullable String country) {
}
