package dev.marquee.support.db;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * PostgreSQL arrays read with plain JDBC ({@code text[]}, {@code varchar[]} or an
 * {@code ARRAY(SELECT …)}) as lists of strings.
 */
public final class SqlArrays {

	private SqlArrays() {
	}

	/**
	 * The array's elements, or an empty list for SQL {@code NULL}.
	 */
	public static List<String> strings(@Nullable Array array) throws SQLException {
		List<String> strings = stringsOrNull(array);
		return (strings != null) ? strings : List.of();
	}

	/**
	 * The array's elements, or {@code null} for SQL {@code NULL}.
	 */
	public static @Nullable List<String> stringsOrNull(@Nullable Array array) throws SQLException {
		return (array != null) ? Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList() : null;
	}

}
