package dev.marquee.company;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

@Schema(description = "A company's part in making or distributing the film.")
public record CompanyCreditItem(@Schema(example = "1") long id, CompanyRef company,
		@Schema(example = "production") CompanyRole role, @Nullable String note,
		@Schema(description = "Changes on every edit; the item's ETag", example = "0") long version) {
}
