package dev.marquee.support.jpa;

import java.util.Arrays;
import java.util.List;

import dev.marquee.support.web.Closest;

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
		List<String> codes = Arrays.stream(type.getEnumConstants()).map(CodedEnum::code).toList();
		throw new IllegalArgumentException("unknown value '" + code + "'; expected one of " + String.join(", ", codes)
				+ Closest.hint(code, codes));
	}

}
