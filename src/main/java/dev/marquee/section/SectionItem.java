package dev.marquee.section;

import java.util.List;

import dev.marquee.support.web.ETags;

/**
 * An item of a writable title-page section, as {@link SectionItems} needs it: its
 * writable fields in and out, and its answer.
 *
 * @param <I> the item's writable fields, the record POST and PUT take
 * @param <V> the item as answered
 */
public interface SectionItem<I, V> {

	/**
	 * Sets every writable field.
	 */
	void replace(I input);

	/**
	 * The writable fields as they are, what a merge patch applies to.
	 */
	I toInput();

	V toView();

	/**
	 * The other resources (people, companies, films) {@link #toView()} shows something
	 * of, for the item's ETag ({@link ETags}); none unless the item links to any.
	 */
	default List<ETags.Shown> shown() {
		return List.of();
	}

}
