package dev.marquee.support.jpa;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Orders rows by an enum attribute in the enum's declaration order rather than by its
 * stored code, in the query itself, so lists grouped by the enum (crew by department,
 * company credits by role) can be keyset-paged. The enum stays the one place that order
 * is written down.
 */
public final class EnumOrder {

	private EnumOrder() {
	}

	/**
	 * The same in SQL, for an enum stored as its code: {@code CASE c.department WHEN
	 * 'directing' THEN 0 … END}.
	 */
	public static <E extends Enum<E> & CodedEnum> String sql(String column, Class<E> type) {
		return Arrays.stream(type.getEnumConstants())
			.map((constant) -> "WHEN '" + constant.code() + "' THEN " + constant.ordinal())
			.collect(Collectors.joining(" ", "CASE " + column + " ", " END"));
	}

	/**
	 * An HQL expression giving the ordinal of the enum held at {@code path}, e.g.
	 * {@code case c.department when dev.marquee.credit.Department.DIRECTING then 0 … end}.
	 */
	public static <E extends Enum<E>> String ordinal(String path, Class<E> type) {
		return Arrays.stream(type.getEnumConstants())
			.map((constant) -> "when " + type.getName().replace('$', '.') + "." + constant.name() + " then "
					+ constant.ordinal())
			.collect(Collectors.joining(" ", "case " + path + " ", " end"));
	}

}
