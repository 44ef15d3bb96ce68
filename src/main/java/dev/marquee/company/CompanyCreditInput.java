package dev.marquee.company;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

@Schema(description = "A company credit in a film document; credits keep the order given within their role.")
public record CompanyCreditInput(@NotNull @Valid CompanyRefInput company, @NotNull CompanyRole role,
		@Size(max = 500) @Nullable String note) {
}
