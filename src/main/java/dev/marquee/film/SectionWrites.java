package dev.marquee.film;

/**
 * The documented words of the section item writes, shared by every section's controller.
 */
public final class SectionWrites {

	public static final String ADD = "Adds an item to the film's section; the body is the item's fields, as in a "
			+ "film document. Answers 201 with the item, its Location and its version as ETag. Unknown and "
			+ "read-only fields are refused, each named. The film gets a new version.";

	public static final String REPLACE = "Replaces every field of the item. Needs If-Match with the item's ETag "
			+ "(428 without, 412 when it changed since); answers the item with its new ETag. The film gets a new "
			+ "version.";

	public static final String PATCH = "A JSON merge patch (RFC 7396) of the item's fields: null removes a field, "
			+ "an absent field is kept; the result is validated like a POST body. Needs If-Match with the item's "
			+ "ETag (428 without, 412 when it changed since); answers the item with its new ETag. The film gets a "
			+ "new version.";

	public static final String DELETE = "Deletes the item. Needs If-Match with the item's ETag (428 without, 412 "
			+ "when it changed since). The film gets a new version.";

	private SectionWrites() {
	}

}
