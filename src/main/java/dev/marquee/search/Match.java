package dev.marquee.search;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How a hit matched the query, best first: the folded text equals it, starts with it, or
 * is only similar to it (trigram similarity, which forgives typos).
 */
enum Match {

	EXACT, PREFIX, FUZZY;

	@JsonValue
	String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	static Match ofRank(int rank) {
		return values()[rank];
	}

}
