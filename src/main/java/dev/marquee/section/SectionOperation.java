package dev.marquee.section;

import java.util.Locale;

import dev.marquee.support.web.Answers;
import dev.marquee.support.web.MergePatches;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * What every section offers on its items, with how each is mapped and documented:
 * {@link SectionItemController} serves them (its method of the same name),
 * {@link SectionRegistry} maps them for each section, {@link SectionDocumentation} writes
 * their documentation ({@code listFilmTrivia}, "List a film's trivia", …).
 */
public enum SectionOperation {

	LIST, GET, ADD, REPLACE, PATCH, DELETE;

	private static final String CONDITIONAL = "Needs If-Match with the item's ETag (428 without, 412 when it "
			+ "changed since); answers the item with its new ETag.";

	HttpMethod method() {
		return switch (this) {
			case LIST, GET -> HttpMethod.GET;
			case ADD -> HttpMethod.POST;
			case REPLACE -> HttpMethod.PUT;
			default -> HttpMethod.valueOf(name());
		};
	}

	/**
	 * The operation's path below the section's: the list's, or one item's.
	 */
	String path() {
		return (this == LIST || this == ADD) ? "" : "/{itemId}";
	}

	/**
	 * The body the operation takes, if any.
	 */
	@Nullable String consumes() {
		return switch (this) {
			case ADD, REPLACE -> MediaType.APPLICATION_JSON_VALUE;
			case PATCH -> MergePatches.MEDIA_TYPE;
			default -> null;
		};
	}

	/**
	 * The name of the {@link SectionItemController} method that serves the operation.
	 */
	String handler() {
		return name().toLowerCase(Locale.ROOT);
	}

	Answers answers() {
		return switch (this) {
			case LIST -> Answers.PAGE;
			case GET -> Answers.ITEM;
			case ADD -> Answers.CREATE;
			case REPLACE, PATCH -> Answers.WRITE;
			case DELETE -> Answers.DELETE;
		};
	}

	boolean writes() {
		return method() != HttpMethod.GET;
	}

	String summary(SectionDescriptor section) {
		String item = (("aeio".indexOf(section.item().charAt(0)) >= 0) ? "an " : "a ") + section.item();
		return switch (this) {
			case LIST -> "List a film's " + section.items();
			case GET -> "Get one " + section.item();
			case PATCH -> "Change " + item;
			default -> name().charAt(0) + handler().substring(1) + " " + item;
		};
	}

	String description(SectionDescriptor section) {
		String text = switch (this) {
			case LIST -> section.listing();
			case GET -> "One " + section.item() + " of the film, by its id. The ETag is its version.";
			case ADD -> "Adds an item to the film's section; the body is the item's fields, as in a film document. "
					+ "Answers 201 with the item, its Location and its version as ETag. Unknown and read-only "
					+ "fields are refused, each named. The film gets a new version.";
			case REPLACE -> "Replaces every field of the item. " + CONDITIONAL + " The film gets a new version.";
			case PATCH -> "A JSON merge patch (RFC 7396) of the item's fields: null removes a field, an absent "
					+ "field is kept; the result is validated like a POST body. " + CONDITIONAL
					+ " The film gets a new version.";
			case DELETE -> "Deletes the item. Needs If-Match with the item's ETag (428 without, 412 when it changed "
					+ "since). The film gets a new version.";
		};
		String note = section.notes().get(this);
		return (note != null) ? text + " " + note : text;
	}

	/**
	 * {@code listFilm} and the section ({@code listFilmTrivia}), or the verb,
	 * {@code Film} and one item ({@code patchFilmTrivia}).
	 */
	String operationId(SectionDescriptor section) {
		return handler() + "Film" + ((this == LIST) ? section.names() : section.name());
	}

}
