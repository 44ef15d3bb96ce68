package dev.marquee.list;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Every film of a list in its new order: the body of {@code PUT /lists/{id}/items}.
 */
@Schema(description = "The list's films in their new order, first first; films left out leave the list.")
record ListItemsInput(@NotNull @Size(max = ListItemsInput.MAX) List<@NotNull @Valid Item> items) {

	static final int MAX = 1000;

	/**
	 * A film on a list, by IMDb id, with an optional note.
	 */
	@Schema(name = "ListItemInput", description = "A film on a list, by its IMDb id, with an optional note.")
	record Item(@Schema(example = "tt3783958") @NotNull @Pattern(regexp = "tt[0-9]{7,10}") String imdbId,
			@Schema(example = "Start here") @Size(max = 2000) @Nullable String note) {
	}

	/**
	 * A film to add to a list: at {@code position} (1 is first; later films move down)
	 * or, without one, at the end.
	 */
	@Schema(name = "NewListItem",
			description = "A film to add to a list, at position (1 first; later films move down) or at the end.")
	record New(@Schema(example = "tt3783958") @NotNull @Pattern(regexp = "tt[0-9]{7,10}") String imdbId,
			@Schema(example = "Start here") @Size(max = 2000) @Nullable String note,
			@Schema(example = "1") @Min(1) @Max(MAX) @Nullable Integer position) {
	}

}
