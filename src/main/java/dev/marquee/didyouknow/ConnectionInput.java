package dev.marquee.didyouknow;

import dev.marquee.film.FilmRefInput;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

@Schema(description = "A connection in a film document; the related title is linked when its imdbId is in the catalogue.")
public record ConnectionInput(@NotNull ConnectionKind kind, @NotNull @Valid FilmRefInput related,
		@Size(max = 2000) @Nullable String note) {
}
