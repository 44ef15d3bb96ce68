package dev.marquee.section;

import java.util.Optional;

import dev.marquee.film.Film;
import dev.marquee.support.jpa.BaseEntity;
import dev.marquee.support.web.PageView;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * One section of a film's title page: each section ({@code trivia}, {@code goofs}, …)
 * extends it next to its entity, with its {@link SectionDescriptor}, saying how to list a
 * film's items, find one and make a new one; {@link SectionItems} and
 * {@link SectionItemController} do the rest.
 *
 * @param <E> the item's entity
 * @param <I> the item's writable fields, the record POST and PUT take
 * @param <V> the item as answered
 */
public abstract class SectionItemStore<E extends BaseEntity & SectionItem<I>, I, V> {

	private final SectionDescriptor descriptor;

	private final JpaRepository<E, Long> repository;

	private final ItemProjection<V> rows;

	/**
	 * @param descriptor what the section is called, where it is and what its items are
	 * @param repository where the items are stored
	 * @param rows the section's projection, which answers its items
	 */
	protected SectionItemStore(SectionDescriptor descriptor, JpaRepository<E, Long> repository,
			ItemProjection<V> rows) {
		this.descriptor = descriptor;
		this.repository = repository;
		this.rows = rows;
	}

	public SectionDescriptor descriptor() {
		return this.descriptor;
	}

	/**
	 * A page of the film's items, the film known to exist; only listed sections
	 * ({@link SectionDescriptor#listing}) are asked.
	 */
	protected PageView<V> page(long filmId, SectionQuery query) {
		throw new IllegalStateException(this.descriptor.path() + " is not listed");
	}

	/**
	 * The film's item with this id; empty when there is none or it is another film's.
	 */
	protected abstract Optional<E> find(Film film, long itemId);

	/**
	 * The film's item with this id as answered, with its version and what it shows of
	 * other resources (its ETag), read by the section's projection; empty when there is
	 * none or it is another film's. Also answers every write of an item, once written.
	 */
	Optional<VersionedItem<V>> read(Film film, long itemId) {
		return this.rows.item(film.getId(), itemId);
	}

	/**
	 * A new, unsaved item of the film.
	 */
	protected abstract E create(Film film, I input);

	/**
	 * Sets every writable field of the item; a section whose items point at other
	 * resources overrides it to resolve them.
	 */
	protected void replace(E item, I input) {
		item.replace(input);
	}

	String section() {
		return this.descriptor.feedType();
	}

	@SuppressWarnings("unchecked")
	Class<I> inputType() {
		return (Class<I>) this.descriptor.inputType();
	}

	E add(Film film, I input) {
		return this.repository.save(create(film, input));
	}

	void remove(E item) {
		this.repository.delete(item);
	}

}
