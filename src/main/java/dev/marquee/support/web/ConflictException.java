package dev.marquee.support.web;

/**
 * A write refused because of what is stored ({@code conflict}, 409): the key it asks for
 * is taken, or the resource it deletes is still in use.
 */
public final class ConflictException extends ApiException {

	private ConflictException(String detail) {
		super(ProblemType.CONFLICT, detail);
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
	 * The resource is still referred to and cannot be deleted.
	 */
	public static ConflictException inUse(String detail) {
		return new ConflictException(detail);
	}

}
