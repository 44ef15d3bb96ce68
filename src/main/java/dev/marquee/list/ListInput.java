package dev.marquee.list;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A list's own writable fields: the body of {@code POST} and {@code PUT /api/v1/lists},
 * and what a merge patch changes. Its films are written through
 * {@code /lists/{id}/items}.
 */
@Schema(description = "A list's own fields; titles are unique. Its films are written through /lists/{id}/items.")
record ListInput(@Schema(example = "Movies & Series About Musicians") @NotBlank @Size(max = 500) String title,
		@Schema(example = "\"The Idol,\" Purple Rain, and more toe-tapping stories about the magic of music.") @Size(
				max = 5000) @Nullable String description) {

	static ListInput of(FilmList list) {
		return new ListInput(list.getTitle(), list.getDescription());
	}

}
