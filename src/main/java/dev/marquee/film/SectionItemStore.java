package dev.marquee.film;

import java.util.Optional;

import dev.marquee.support.jpa.BaseEntity;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * How {@link SectionItems} finds and stores one section's items: each writable section
 * ({@code trivia}, {@code goofs}, …) extends it next to its entity, saying how to find a
 * film's item and how to make a new one.
 *
 * @param <E> the item's entity
 * @param <I> the item's writable fields, the record POST and PUT take
 * @param <V> the item as answered
 */
public abstract class SectionItemStore<E extends BaseEntity & SectionItem<I, V>, I, V> {

	private final String section;

	private final Class<I> inputType;

	private final JpaRepository<E, Long> repository;

	/**
	 * @param section the section's path name: {@code trivia}, {@code crazy-credits}, …
	 * @param inputType the record of the item's writable fields
	 * @param repository where the items are stored
	 */
	protected SectionItemStore(String section, Class<I> inputType, JpaRepository<E, Long> repository) {
		this.section = section;
		this.inputType = inputType;
		this.repository = repository;
	}

	/**
	 * The film's item with this id; empty when there is none or it is another film's.
	 */
	protected abstract Optional<E> find(Film film, long itemId);

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
		return this.section;
	}

	Class<I> inputType() {
		return this.inputType;
	}

	E add(Film film, I input) {
		return this.repository.save(create(film, input));
	}

	void remove(E item) {
		this.repository.delete(item);
	}

}
