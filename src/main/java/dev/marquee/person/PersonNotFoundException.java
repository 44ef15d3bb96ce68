package dev.marquee.person;

import dev.marquee.support.web.ApiException;
import dev.marquee.support.web.ProblemType;
import dev.marquee.support.web.ResourceId;

public final class PersonNotFoundException extends ApiException {

	private PersonNotFoundException(String detail) {
		super(ProblemType.NOT_FOUND, detail);
	}

	public static PersonNotFoundException forId(ResourceId id) {
		return new PersonNotFoundException("No person with id '" + id + "'");
	}

}
