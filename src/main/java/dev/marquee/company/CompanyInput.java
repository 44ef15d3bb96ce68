package dev.marquee.company;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A company's writable fields: the body of {@code POST} and
 * {@code PUT /api/v1/companies}, and what a merge patch changes.
 */
@Schema(description = "A company's writable fields; id, version and timestamps are the server's and refused.")
record CompanyInput(
		@Schema(description = "IMDb id; unique among companies",
				example = "co0046718") @Pattern(regexp = "co[0-9]{7,10}") @Nullable String imdbId,
		@Schema(example = "Summit Entertainment") @NotBlank @Size(max = 500) String name,
		@Schema(description = "ISO 3166-1 alpha-2 country",
				example = "US") @Pattern(regexp = "[A-Z]{2}") @Nullable String country) {

	static CompanyInput of(Company company) {
		CompanyRef ref = company.toRef();
		return new CompanyInput(ref.imdbId(), ref.name(), ref.country());
	}

}
