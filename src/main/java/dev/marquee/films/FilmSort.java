package dev.marquee.films;

import java.util.Arrays;
import java.util.stream.Collectors;

import dev.marquee.film.Films;
import dev.marquee.support.web.ApiException;
import dev.marquee.support.web.Closest;
import dev.marquee.support.web.InvalidParam;

/**
 * The orders a film listing can take: a field, ascending or descending ({@code -votes}).
 * Every order ends with the film id, so ties are stable and a cursor always names one
 * position. Films without the field's value (no year, no rating) come last in both
 * directions.
 */
enum FilmSort {

	TITLE("title", "f.title", false, null), TITLE_DESC("-title", "f.title", true, null),
	YEAR("year", "f.release_year", false, "32767"), YEAR_DESC("-year", "f.release_year", true, "-1"),
	RATING("rating", "f.rating_average", false, "99"), RATING_DESC("-rating", "f.rating_average", true, "-1"),
	VOTES("votes", "f.rating_votes", false, null), VOTES_DESC("-votes", "f.rating_votes", true, null);

	private final String parameter;

	private final String column;

	private final boolean descending;

	private final String nullsAs;

	FilmSort(String parameter, String column, boolean descending, String nullsAs) {
		this.parameter = parameter;
		this.column = column;
		this.descending = descending;
		this.nullsAs = nullsAs;
	}

	String parameter() {
		return this.parameter;
	}

	boolean descending() {
		return this.descending;
	}

	boolean textual() {
		return this.column.equals("f.title");
	}

	/**
	 * The SQL sort key; nullable columns are mapped to a value beyond every real one, so
	 * keyset comparisons never meet a null.
	 */
	String key() {
		return (this.nullsAs != null) ? "coalesce(" + this.column + ", " + this.nullsAs + ")" : this.column;
	}

	static FilmSort parse(String value) {
		return Arrays.stream(values())
			.filter((sort) -> sort.parameter.equals(value))
			.findFirst()
			.orElseThrow(() -> ApiException.invalidParameter(InvalidParam.query("sort",
					"unknown sort '" + value + "'; expected one of "
							+ Arrays.stream(values()).map(FilmSort::parameter).collect(Collectors.joining(", "))
							+ Closest.hint(value, Arrays.stream(values()).map(FilmSort::parameter).toList()))));
	}

}
