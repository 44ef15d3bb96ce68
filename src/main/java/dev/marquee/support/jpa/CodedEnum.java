package dev.marquee.support.jpa;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * An enum whose constants have a stable external code, used both as the database value
 * and as the JSON value (for example {@code tvSeries} or {@code featured_in}), so Java
 * naming never leaks into the API.
 */
public interface CodedEnum {

	String code();

	static <E extends Enum<E> & CodedEnum> E fromCode(Class<E> type, String code) {
		for (E constant : type.getEnumConstants()) {
			if (constant.code().equals(code)) {
				return constant;
			}
		}
		throw new IllegalArgumentException("unknown value '" + code + "'; expected one of "
				+ Arrays.stream(type.getEnumConstants()).map(CodedEnum::code).collect(Collectors.joining(", ")));
	}

}
