package dev.marquee.film;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

@Schema(description = "A title named in a film document: by imdbId when known, and always by title (and releaseYear when known).")
public record FilmRefInput(@Pattern(regexp = "tt[0-9]{7,10}") @Nullable String imdbId,
		@NotBlank @Size(max = 1000) String title, @Min(1870) @Max(2100) @Nullable Integer releaseYear) {
}
