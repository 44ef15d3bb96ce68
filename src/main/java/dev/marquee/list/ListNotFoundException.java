package dev.marquee.list;

import dev.marquee.support.web.ApiException;
import dev.marquee.support.web.ProblemType;

public final class ListNotFoundException extends ApiException {

	private ListNotFoundException(String detail) {
		super(ProblemType.NOT_FOUND, detail);
	}

	public static ListNotFoundException forId(long id) {
		return new ListNotFoundException("No list with id '" + id + "'");
	}

	public static ListNotFoundException forItem(long listId, String filmId) {
		return new ListNotFoundException("Film '" + filmId + "' is not on list " + listId);
	}

}
