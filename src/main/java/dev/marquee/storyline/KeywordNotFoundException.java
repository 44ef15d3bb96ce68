package dev.marquee.storyline;

import dev.marquee.support.web.ApiException;
import dev.marquee.support.web.ProblemType;

public final class KeywordNotFoundException extends ApiException {

	private KeywordNotFoundException(String detail) {
		super(ProblemType.NOT_FOUND, detail);
	}

	public static KeywordNotFoundException forSlug(String slug) {
		return new KeywordNotFoundException("No keyword with slug '" + slug + "'");
	}

}
