package dev.marquee.support.web;

import java.util.List;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * One page of a collection. Paging is by cursor: {@code next} is the URL of the following
 * page (the same request with {@code after=nextCursor}), {@code null} on the last page.
 * There is no page cap and a deep page costs what the first does, because the cursor
 * names where to continue rather than how many rows to skip.
 */
@Schema(description = "One page of a collection; follow next (or send after=nextCursor) for the following page.")
public record PageView<T>(List<T> items, @Schema(description = "The page size asked for", example = "20") int size,
		@Schema(description = "Opaque cursor of the following page; null on the last page",
				example = "eyJrIjpbIkxhIExhIExhbmQiLCIxIl19") @Nullable String nextCursor,
		@Schema(description = "URL of the following page; null on the last page",
				example = "http://localhost:8080/api/v1/films?size=20&after=eyJrIjpbIkxhIExhIExhbmQiLCIxIl19") @Nullable String next,
		@Schema(description = "How many items match in all; null unless asked for (total=true)",
				example = "1") @Nullable Long total) {

	/**
	 * The documented words of a page's size parameter.
	 */
	public static final String SIZE = "How many items a page holds (1–100)";

	/**
	 * The documented words of the parameter that continues a list.
	 */
	public static final String AFTER = "Where to continue: nextCursor of the previous page; absent for the first page";

	/**
	 * Builds a page from rows fetched with {@code limit = size + 1}: the extra row only
	 * tells that a following page exists, and the cursor is made from the last row kept.
	 */
	public static <R, T> PageView<T> of(List<R> rowsPlusOne, int size, Function<R, T> mapper,
			Function<R, Cursor> cursorOf) {
		boolean more = rowsPlusOne.size() > size;
		List<R> rows = more ? rowsPlusOne.subList(0, size) : rowsPlusOne;
		String nextCursor = more ? cursorOf.apply(rows.get(rows.size() - 1)).encode() : null;
		String next = (nextCursor != null) ? ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("after", nextCursor)
			.build()
			.toUriString() : null;
		return new PageView<>(rows.stream().map(mapper).toList(), size, nextCursor, next, null);
	}

	public PageView<T> withTotal(long total) {
		return new PageView<>(this.items, this.size, this.nextCursor, this.next, total);
	}

}
