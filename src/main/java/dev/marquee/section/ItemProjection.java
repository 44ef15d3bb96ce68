package dev.marquee.section;

import java.util.Optional;

/**
 * How a section's projection reads one item as answered, with its version and what it
 * shows of other resources (its ETag): {@link SectionRows} for a section whose items are
 * rows of one table, the section's own for one whose items hold lines of another.
 *
 * @param <V> the item as answered
 */
public interface ItemProjection<V> {

	/**
	 * The film's item with this id; empty when there is none or it is another film's.
	 */
	Optional<VersionedItem<V>> item(long filmId, long itemId);

}
