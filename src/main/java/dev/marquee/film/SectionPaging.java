package dev.marquee.film;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import dev.marquee.support.jpa.BaseEntity;
import dev.marquee.support.web.Cursor;
import dev.marquee.support.web.PageView;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Limit;

/**
 * What the paged title-page sections share: the documented words of their parameters, and
 * reading typed keys back out of a {@link Cursor} (a key that does not parse means the
 * cursor was not one we made).
 */
public final class SectionPaging {

	public static final String FILM_ID = "The film: Marquee's numeric id or its IMDb id";

	public static final String ITEM_ID = "The item's numeric id, as the section's list gives it";

	public static final String SIZE = "How many items a page holds (1–100)";

	public static final String AFTER = "Where to continue: nextCursor of the previous page; absent for the first page";

	public static final String SPOILERS = "hide leaves out items that give the plot away; show (the default) "
			+ "answers every item, each marked with spoiler";

	private SectionPaging() {
	}

	/**
	 * A page of a list kept in id order: reads the cursor made for {@code sort}, asks
	 * {@code rows} for the rows after that id (0 before the first) with the page's limit,
	 * and makes the next cursor from the last row's id.
	 */
	public static <R extends BaseEntity, T> PageView<T> pageById(String sort, int size, @Nullable String after,
			BiFunction<Long, Limit, List<R>> rows, Function<R, T> mapper) {
		Cursor cursor = Cursor.decode(after, sort, 1);
		long afterId = (cursor != null) ? cursor.longKey(0) : 0;
		return PageView.of(rows.apply(afterId, Limit.of(size + 1)), size, mapper,
				(row) -> Cursor.of(sort, row.getId()));
	}

	public static int intKey(Cursor cursor, int index) {
		long value = cursor.longKey(index);
		if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
			throw Cursor.malformed();
		}
		return (int) value;
	}

	public static LocalDate dateKey(Cursor cursor, int index) {
		try {
			return LocalDate.parse(cursor.key(index));
		}
		catch (DateTimeParseException ex) {
			throw Cursor.malformed();
		}
	}

}
