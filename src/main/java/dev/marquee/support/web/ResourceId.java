package dev.marquee.support.web;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A resource named in a path either by Marquee's numeric id or by its IMDb id
 * ({@code tt3783958}, {@code nm0331516}). Exactly one of {@link #id()} and
 * {@link #imdbId()} is set.
 */
public record ResourceId(@Nullable Long id, @Nullable String imdbId) {

	private static final Pattern NUMERIC = Pattern.compile("[1-9][0-9]{0,17}");

	/**
	 * Parses a path segment.
	 * @param raw the segment as sent
	 * @param imdbPrefix {@code tt} for titles, {@code nm} for people
	 * @param parameter the path parameter's name, for the error
	 * @throws ApiException {@code invalid-parameter} when it is neither form
	 */
	public static ResourceId parse(String raw, String imdbPrefix, String parameter) {
		return parse(raw, imdbPrefix, parameter, "path");
	}

	/**
	 * Parses a path segment or query parameter; {@code in} says which, for the error.
	 */
	public static ResourceId parse(String raw, String imdbPrefix, String parameter, String in) {
		if (NUMERIC.matcher(raw).matches()) {
			return new ResourceId(Long.valueOf(raw), null);
		}
		if (raw.length() >= 9 && raw.length() <= 12 && raw.startsWith(imdbPrefix)
				&& raw.substring(2).chars().allMatch(Character::isDigit) && isAscii(raw)) {
			return new ResourceId(null, raw);
		}
		throw ApiException
			.invalidParameter(new InvalidParam(parameter, in, "must be a positive numeric id or an IMDb id like "
					+ imdbPrefix + "0000001 (" + imdbPrefix + " followed by 7 to 10 digits)"));
	}

	private static boolean isAscii(String value) {
		return value.chars().allMatch((c) -> c < 128);
	}

	@Override
	public String toString() {
		return (this.imdbId != null) ? this.imdbId : String.valueOf(this.id);
	}

}
