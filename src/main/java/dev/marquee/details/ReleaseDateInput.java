package dev.marquee.details;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

@Schema(description = "A release date in a film document.")
public record ReleaseDateInput(@NotNull @Pattern(regexp = "[A-Z]{2}") String country, @NotNull LocalDate date,
		@Size(max = 500) @Nullable String note) {
}
