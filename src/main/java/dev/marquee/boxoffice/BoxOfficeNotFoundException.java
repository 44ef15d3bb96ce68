package dev.marquee.boxoffice;

import dev.marquee.support.web.ApiException;
import dev.marquee.support.web.ProblemType;
import dev.marquee.support.web.ResourceId;

final class BoxOfficeNotFoundException extends ApiException {

	private BoxOfficeNotFoundException(String detail) {
		super(ProblemType.NOT_FOUND, detail);
	}

	static BoxOfficeNotFoundException forFilm(ResourceId filmId) {
		return new BoxOfficeNotFoundException("Film '" + filmId + "' has no box office figures");
	}

}
