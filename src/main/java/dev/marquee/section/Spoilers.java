package dev.marquee.section;

import java.util.Locale;

import dev.marquee.support.web.ApiException;
import dev.marquee.support.web.InvalidParam;
import org.jspecify.annotations.Nullable;

/**
 * The {@code spoilers} parameter of sections whose items can give the plot away (trivia,
 * goofs, reviews): {@code show} (the default) answers every item, {@code hide} leaves
 * spoilers out.
 */
public enum Spoilers {

	SHOW, HIDE;

	public boolean shown() {
		return this == SHOW;
	}

	/**
	 * Reads the parameter as sent; absent means {@code show}.
	 * @throws ApiException {@code invalid-parameter} naming {@code spoilers} for any
	 * other value
	 */
	public static Spoilers parse(@Nullable String raw) {
		if (raw == null || raw.isEmpty()) {
			return SHOW;
		}
		return switch (raw.toLowerCase(Locale.ROOT)) {
			case "show" -> SHOW;
			case "hide" -> HIDE;
			default -> throw ApiException.invalidParameter(InvalidParam.query("spoilers", "must be hide or show"));
		};
	}

}
