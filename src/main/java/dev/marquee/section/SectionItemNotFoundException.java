package dev.marquee.section;

import dev.marquee.support.web.ApiException;
import dev.marquee.support.web.ProblemType;
import dev.marquee.support.web.ResourceId;

/**
 * An item of a title-page section ({@code /films/{id}/trivia/{itemId}}, …) that does not
 * exist, or belongs to another film: both answer the same 404, so item ids of other films
 * are never confirmed through the wrong film.
 */
public final class SectionItemNotFoundException extends ApiException {

	private SectionItemNotFoundException(String detail) {
		super(ProblemType.NOT_FOUND, detail);
	}

	/**
	 * @param section the section's path name ({@code trivia}, {@code crazy-credits}, …)
	 * @param filmId the film as the request named it
	 * @param itemId the item id asked for
	 */
	public static SectionItemNotFoundException forItem(String section, ResourceId filmId, long itemId) {
		return new SectionItemNotFoundException("Film '" + filmId + "' has no " + section + " item with id " + itemId);
	}

	/**
	 * A part a film has at most one of, and this film has not.
	 * @param part the part, as in "Film 'tt3783958' has no award summary"
	 * @param filmId the film as the request named it
	 */
	public static SectionItemNotFoundException forPart(String part, ResourceId filmId) {
		return new SectionItemNotFoundException("Film '" + filmId + "' has no " + part);
	}

}
