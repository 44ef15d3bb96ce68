package dev.marquee.search;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How closely a hit matched the query, closest first: its whole text is the query
 * ({@code exact}); it holds every word of the query, in any order ({@code words}); the
 * last word of the query only begins one of its words, as while typing ({@code prefix});
 * some words match only with typos forgiven ({@code fuzzy}).
 */
enum Match {

	EXACT, WORDS, PREFIX, FUZZY;

	@JsonValue
	String code() {
		return name().toLowerCase(Locale.ROOT);
	}

}
