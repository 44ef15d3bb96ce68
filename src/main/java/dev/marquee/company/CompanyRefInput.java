package dev.marquee.company;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A company named in a film document. Matching rule: by {@code imdbId} when given;
 * otherwise by exact {@code name} among companies with no IMDb id; otherwise a new
 * company.
 */
@Schema(description = "A company in a film document: matched by imdbId when given, else by exact name among companies without an IMDb id.")
public record CompanyRefInput(
		@Schema(description = "The company's IMDb id",
				example = "co0046718") @Pattern(regexp = "co[0-9]{7,10}") @Nullable String imdbId,
		@Schema(example = "Summit Entertainment") @NotBlank @Size(max = 500) String name,
		@Schema(description = "ISO 3166-1 alpha-2 country code",
				example = "US") @Pattern(regexp = "[A-Z]{2}") @Nullable String country) {
}
