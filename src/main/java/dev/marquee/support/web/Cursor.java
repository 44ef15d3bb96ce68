package dev.marquee.support.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Where a page ends, as an opaque token: the sort it was made for and the sort key values
 * of the last row (always ending with the row's id, the tie-break). Tokens are base64url
 * text, safe in a query string. A token made for another sort, or not made by us, is
 * refused with {@code invalid-parameter}.
 */
public record Cursor(String sort, List<String> keys) {

	private static final char SEPARATOR = '\u001f';

	public static Cursor of(String sort, Object... keys) {
		List<String> values = new ArrayList<>();
		for (Object key : keys) {
			values.add((key != null) ? key.toString() : "");
		}
		return new Cursor(sort, values);
	}

	public String encode() {
		StringBuilder raw = new StringBuilder("v1").append(SEPARATOR).append(this.sort);
		this.keys.forEach((key) -> raw.append(SEPARATOR).append(key));
		return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.toString().getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Reads the {@code after} parameter.
	 * @param token the parameter as sent, or {@code null} for the first page
	 * @param sort the sort of the current request; the token must have been made for it
	 * @param keyCount how many keys the sort's cursor has
	 * @return the cursor, or {@code null} for the first page
	 */
	public static @Nullable Cursor decode(@Nullable String token, String sort, int keyCount) {
		if (token == null || token.isEmpty()) {
			return null;
		}
		String raw;
		try {
			raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw malformed();
		}
		String[] parts = raw.split(String.valueOf(SEPARATOR), -1);
		if (parts.length != keyCount + 2 || !parts[0].equals("v1")) {
			throw malformed();
		}
		if (!parts[1].equals(sort)) {
			throw ApiException.invalidParameter(InvalidParam.query("after",
					"this cursor belongs to sort=" + parts[1] + "; keep the sort of the request that returned it"));
		}
		return new Cursor(parts[1], List.of(parts).subList(2, parts.length));
	}

	public String key(int index) {
		return this.keys.get(index);
	}

	public long longKey(int index) {
		try {
			return Long.parseLong(this.keys.get(index));
		}
		catch (NumberFormatException ex) {
			throw malformed();
		}
	}

	public int intKey(int index) {
		long value = longKey(index);
		if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
			throw malformed();
		}
		return (int) value;
	}

	public LocalDate dateKey(int index) {
		try {
			return LocalDate.parse(this.keys.get(index));
		}
		catch (DateTimeParseException ex) {
			throw malformed();
		}
	}

	public static ApiException malformed() {
		return ApiException.invalidParameter(InvalidParam.query("after",
				"is not a cursor this API returned; use nextCursor from the previous page"));
	}

}
