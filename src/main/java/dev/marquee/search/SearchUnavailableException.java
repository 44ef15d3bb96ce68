package dev.marquee.search;

import dev.marquee.support.web.ApiException;
import dev.marquee.support.web.ProblemType;

/**
 * This instance has no search index yet: it is building its first one.
 */
class SearchUnavailableException extends ApiException {

	SearchUnavailableException() {
		super(ProblemType.SEARCH_UNAVAILABLE,
				"This instance is building its search index from the catalogue; search answers once it is built.");
	}

}
