package dev.marquee.film;

import dev.marquee.support.jpa.BaseEntity;
import dev.marquee.support.web.MergePatches;
import dev.marquee.support.web.Preconditions;
import dev.marquee.support.web.ResourceId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and writes single items of a film's list sections the same way for every section
 * ({@link SectionItemStore}): each item has its own version as {@code ETag}; replacing,
 * patching and deleting need it in {@code If-Match}; every write also gives the film a
 * new version, so the film's ETag guards its whole title page (without making writers of
 * different items of one film conflict: {@link Films#bump}).
 */
@Service
public class SectionItems {

	private final Films films;

	private final MergePatches patches;

	private final EntityManager entityManager;

	SectionItems(Films films, MergePatches patches, EntityManager entityManager) {
		this.films = films;
		this.patches = patches;
		this.entityManager = entityManager;
	}

	@Transactional(readOnly = true)
	public <E extends BaseEntity & SectionItem<I, V>, I, V> VersionedItem<V> read(ResourceId filmId, long itemId,
			SectionItemStore<E, I, V> store) {
		return versioned(require(this.films.require(filmId), filmId, itemId, store), store);
	}

	@Transactional
	public <E extends BaseEntity & SectionItem<I, V>, I, V> VersionedItem<V> add(ResourceId filmId, I input,
			SectionItemStore<E, I, V> store) {
		Film film = this.films.require(filmId);
		E item = store.add(film, input);
		this.films.bump(film);
		return versioned(item, store);
	}

	@Transactional
	public <E extends BaseEntity & SectionItem<I, V>, I, V> VersionedItem<V> replace(ResourceId filmId, long itemId,
			I input, Preconditions preconditions, SectionItemStore<E, I, V> store) {
		Film film = this.films.require(filmId);
		E item = require(film, filmId, itemId, store);
		preconditions.require(item.getVersion(), describe(store, itemId, film));
		store.replace(item, input);
		return written(film, item, store);
	}

	@Transactional
	public <E extends BaseEntity & SectionItem<I, V>, I, V> VersionedItem<V> patch(ResourceId filmId, long itemId,
			JsonNode patch, Preconditions preconditions, SectionItemStore<E, I, V> store) {
		Film film = this.films.require(filmId);
		E item = require(film, filmId, itemId, store);
		preconditions.require(item.getVersion(), describe(store, itemId, film));
		store.replace(item, this.patches.apply(item.toInput(), patch, store.inputType()));
		return written(film, item, store);
	}

	@Transactional
	public <E extends BaseEntity & SectionItem<I, V>, I, V> void remove(ResourceId filmId, long itemId,
			Preconditions preconditions, SectionItemStore<E, I, V> store) {
		Film film = this.films.require(filmId);
		E item = require(film, filmId, itemId, store);
		preconditions.require(item.getVersion(), describe(store, itemId, film));
		store.remove(item);
		this.entityManager.flush();
		this.films.bump(film);
	}

	/**
	 * Writes the item with a new version, checked against the one read (so a concurrent
	 * write makes this one fail with 412), even when no field changed; then the film's.
	 */
	private <E extends BaseEntity & SectionItem<I, V>, I, V> VersionedItem<V> written(Film film, E item,
			SectionItemStore<E, I, V> store) {
		touch(film, item);
		return versioned(item, store);
	}

	/**
	 * Gives a changed part of a film and the film new versions, each checked against the
	 * version read (so a concurrent write makes this one fail with 412), even when no
	 * field of the part changed.
	 */
	@Transactional
	public void touch(Film film, BaseEntity part) {
		long read = part.getVersion();
		this.entityManager.flush();
		if (part.getVersion() == read) {
			this.entityManager.lock(part, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
		}
		this.films.bump(film);
	}

	private static <E extends BaseEntity & SectionItem<I, V>, I, V> E require(Film film, ResourceId filmId, long itemId,
			SectionItemStore<E, I, V> store) {
		return store.find(film, itemId)
			.orElseThrow(() -> SectionItemNotFoundException.forItem(store.section(), filmId, itemId));
	}

	private static <E extends BaseEntity & SectionItem<I, V>, I, V> VersionedItem<V> versioned(E item,
			SectionItemStore<E, I, V> store) {
		return new VersionedItem<>(item.getId(), item.getVersion(), item.toView());
	}

	private static String describe(SectionItemStore<?, ?, ?> store, long itemId, Film film) {
		return store.section() + " item " + itemId + " of film " + film.getImdbId();
	}

}
