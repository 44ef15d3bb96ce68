package dev.marquee.search;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The best hits for a query, best first, at most {@code size} of them.
 */
@Schema(description = "Search hits, best first: exact before prefix before fuzzy matches, then closer matches, "
		+ "then more popular ones.")
record SearchResults(List<SearchHit> items, @Schema(description = "The most hits asked for", example = "20") int size) {

}
