package dev.marquee.details;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

@Schema(description = "A filming location in a film document; locations keep the order given.")
public record LocationInput(@NotBlank @Size(max = 1000) String place, @Size(max = 2000) @Nullable String note) {
}
