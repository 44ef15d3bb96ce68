package dev.marquee.film;

import dev.marquee.support.web.ApiException;
import dev.marquee.support.web.ProblemType;
import dev.marquee.support.web.ResourceId;

public final class FilmNotFoundException extends ApiException {

	private FilmNotFoundException(String detail) {
		super(ProblemType.NOT_FOUND, detail);
	}

	public static FilmNotFoundException forId(ResourceId id) {
		return new FilmNotFoundException("No film with id '" + id + "'");
	}

}
