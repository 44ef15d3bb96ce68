package dev.marquee.section;

/**
 * An item of a writable title-page section, as {@link SectionItems} writes it: its
 * writable fields in and out. How it is answered is its section's projection
 * ({@link SectionItemStore#read}), not the entity.
 *
 * @param <I> the item's writable fields, the record POST and PUT take
 */
public interface SectionItem<I> {

	/**
	 * Sets every writable field.
	 */
	void replace(I input);

	/**
	 * The writable fields as they are, what a merge patch applies to.
	 */
	I toInput();

}
