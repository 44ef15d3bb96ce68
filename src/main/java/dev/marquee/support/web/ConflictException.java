package dev.marquee.support.web;

import java.util.List;

/**
 * A write refused because of what is stored ({@code conflict}, 409): the key it asks for
 * is taken, or the resource it deletes is still in use.
 */
public final class ConflictException extends ApiException {

	private ConflictException(String detail) {
		super(ProblemType.CONFLICT, detail);
	}

	private ConflictException(String detail, List<InvalidParam> errors) {
		super(ProblemType.CONFLICT, detail, errors);
	}

	/**
	 * Another resource has the key this write asks for.
	 * @param what the kind of resource and its key ("a film with IMDb id tt3783958")
	 * @param location the existing resource's address
	 */
	public static ConflictException taken(String what, String location) {
		return new ConflictException(
				"There is already " + what + " (" + location + "); change that one or choose another key");
	}

	/**
	 * Fields of the body hold values that are another resource's own (a TMDB id of
	 * another film): the detail names the first holder, the errors each field and its
	 * holder.
	 * @param what the kind of resource and the value ("a film with TMDB id 313369")
	 * @param location the holder's address
	 * @param fields the fields whose values are taken
	 */
	public static ConflictException taken(String what, String location, List<InvalidParam> fields) {
		return new ConflictException(
				"There is already " + what + " (" + location + "); change that one or choose another value", fields);
	}

	/**
	 * The resource is still referred to and cannot be deleted.
	 */
	public static ConflictException inUse(String detail) {
		return new ConflictException(detail);
	}

}
