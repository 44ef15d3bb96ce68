package dev.marquee.details;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

@Schema(description = "An alternate title in a film document.")
public record AlternateTitleInput(@NotBlank @Size(max = 1000) String title,
		@Pattern(regexp = "[A-Z]{2,4}") @Nullable String region,
		@Pattern(regexp = "[a-z]{2,3}") @Nullable String language, @NotNull List<@Size(max = 100) String> types,
		@NotNull List<@Size(max = 200) String> attributes, boolean original) {
}
