package dev.marquee.person;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A person named in a film document. Matching rule: by {@code imdbId} when given
 * (creating the person if new); otherwise by exact {@code name} among people who have no
 * IMDb id; otherwise a new person.
 */
@Schema(description = "A person in a film document: matched by imdbId when given, else by exact name among people without an IMDb id.")
public record PersonRefInput(@Pattern(regexp = "nm[0-9]{7,10}") @Nullable String imdbId,
		@NotBlank @Size(max = 500) String name) {
}
