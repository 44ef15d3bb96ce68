package dev.marquee.film;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import dev.marquee.support.web.Cursor;

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
