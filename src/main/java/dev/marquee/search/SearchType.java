package dev.marquee.search;

import java.util.Locale;

import dev.marquee.support.web.ApiException;
import dev.marquee.support.web.InvalidParam;
import org.jspecify.annotations.Nullable;

/**
 * What {@code type=} restricts a search to; absent means both.
 */
enum SearchType {

	FILM, PERSON, ALL;

	static SearchType parse(@Nullable String raw) {
		if (raw == null || raw.isEmpty()) {
			return ALL;
		}
		return switch (raw.toLowerCase(Locale.ROOT)) {
			case "film" -> FILM;
			case "person" -> PERSON;
			default -> throw ApiException
				.invalidParameter(InvalidParam.query("type", "must be film or person (or left out for both)"));
		};
	}

}
