package dev.marquee.section;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.marquee.changes.ChangeAction;
import dev.marquee.changes.Changes;
import dev.marquee.film.Film;
import dev.marquee.film.Films;
import dev.marquee.support.jpa.BaseEntity;
import dev.marquee.support.web.MergePatches;
import dev.marquee.support.web.PageView;
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
 * <p>
 * Every write is recorded in the change feed in its transaction: the resource type is the
 * section's path name ({@code cast}, {@code crew}, {@code soundtracks},
 * {@code award-nominations}, …, or {@code box-office} and {@code award-summary} for the
 * parts a film has one of), the resource id the item's id, and the key the film's IMDb
 * id, so a downstream copy knows which film to read again.
 */
@Service
public class SectionItems {

	private final Films films;

	private final MergePatches patches;

	private final EntityManager entityManager;

	private final Changes changes;

	SectionItems(Films films, MergePatches patches, EntityManager entityManager, Changes changes) {
		this.films = films;
		this.patches = patches;
		this.entityManager = entityManager;
		this.changes = changes;
	}

	/**
	 * A page of the film's items: the film, then the page.
	 */
	@Transactional(readOnly = true)
	public <E extends BaseEntity & SectionItem<I>, I, V> PageView<V> page(ResourceId filmId, SectionQuery query,
			SectionItemStore<E, I, V> store) {
		return store.page(Objects.requireNonNull(this.films.require(filmId).getId()), query);
	}

	@Transactional(readOnly = true)
	public <E extends BaseEntity & SectionItem<I>, I, V> VersionedItem<V> read(ResourceId filmId, long itemId,
			SectionItemStore<E, I, V> store) {
		return store.read(this.films.require(filmId), itemId)
			.orElseThrow(() -> SectionItemNotFoundException.forItem(store.section(), filmId, itemId));
	}

	@Transactional
	public <E extends BaseEntity & SectionItem<I>, I, V> VersionedItem<V> add(ResourceId filmId, I input,
			SectionItemStore<E, I, V> store) {
		Film film = this.films.require(filmId);
		E item = store.add(film, input);
		this.films.bump(film);
		record(ChangeAction.CREATE, store.section(), item, film);
		return answer(film, item, store);
	}

	@Transactional
	public <E extends BaseEntity & SectionItem<I>, I, V> VersionedItem<V> replace(ResourceId filmId, long itemId,
			I input, Preconditions preconditions, SectionItemStore<E, I, V> store) {
		Film film = this.films.require(filmId);
		E item = require(film, filmId, itemId, store);
		preconditions.require(item.getVersion(), describe(store, itemId, film));
		store.replace(item, input);
		return written(film, item, store);
	}

	@Transactional
	public <E extends BaseEntity & SectionItem<I>, I, V> VersionedItem<V> patch(ResourceId filmId, long itemId,
			JsonNode patch, Preconditions preconditions, SectionItemStore<E, I, V> store) {
		Film film = this.films.require(filmId);
		E item = require(film, filmId, itemId, store);
		preconditions.require(item.getVersion(), describe(store, itemId, film));
		store.replace(item, this.patches.apply(item.toInput(), patch, store.inputType()));
		return written(film, item, store);
	}

	@Transactional
	public <E extends BaseEntity & SectionItem<I>, I, V> void remove(ResourceId filmId, long itemId,
			Preconditions preconditions, SectionItemStore<E, I, V> store) {
		Film film = this.films.require(filmId);
		E item = require(film, filmId, itemId, store);
		preconditions.require(item.getVersion(), describe(store, itemId, film));
		removed(film, store.section(), item, () -> store.remove(item));
	}

	/**
	 * Writes the item with a new version, checked against the one read (so a concurrent
	 * write makes this one fail with 412), even when no field changed; then the film's.
	 */
	private <E extends BaseEntity & SectionItem<I>, I, V> VersionedItem<V> written(Film film, E item,
			SectionItemStore<E, I, V> store) {
		touch(film, item);
		record(ChangeAction.UPDATE, store.section(), item, film);
		return answer(film, item, store);
	}

	/**
	 * Creates or replaces a part a film has at most one of (its box office figures, its
	 * award summary). Replacing needs If-Match with the part's version; creating honours
	 * one when sent (it cannot hold) and {@code If-None-Match: *} (create only).
	 * @param section the part's name in the change feed ({@code box-office}, …)
	 * @param what the part, for a problem's detail ("the box office of film tt3783958")
	 * @param existing the film's part, if it has one
	 * @param create makes and stores the part
	 * @param replace sets every field of the existing part
	 * @param view the part as answered, read once it is written
	 */
	@Transactional
	public <E extends BaseEntity, V> StoredPart<V> put(Film film, String section, String what, Optional<E> existing,
			Preconditions preconditions, Supplier<E> create, Consumer<E> replace, Function<E, V> view) {
		E part;
		if (existing.isEmpty()) {
			preconditions.check(null, what);
			part = create.get();
			this.films.bump(film);
			record(ChangeAction.CREATE, section, part, film);
		}
		else {
			part = existing.get();
			// If-None-Match: * (create only) is refused before a missing If-Match is.
			preconditions.check(part.getVersion(), what);
			preconditions.require(part.getVersion(), what);
			replace.accept(part);
			touch(film, part);
			record(ChangeAction.UPDATE, section, part, film);
		}
		this.entityManager.flush();
		return new StoredPart<>(
				new VersionedItem<>(Objects.requireNonNull(part.getId()), part.getVersion(), view.apply(part)),
				existing.isEmpty());
	}

	/**
	 * Records a part a film has at most one of as changed in place (a merge patch of it,
	 * checked by the caller against its version): new versions for it and the film, and
	 * an update in the change feed.
	 * @param section the part's name in the change feed ({@code box-office}, …)
	 */
	@Transactional
	public void patched(Film film, String section, BaseEntity part) {
		touch(film, part);
		record(ChangeAction.UPDATE, section, part, film);
	}

	/**
	 * Deletes a part a film has at most one of, against its version ({@code If-Match}
	 * required).
	 * @param delete deletes the part
	 */
	@Transactional
	public <E extends BaseEntity> void remove(Film film, String section, String what, E part,
			Preconditions preconditions, Consumer<E> delete) {
		preconditions.require(part.getVersion(), what);
		removed(film, section, part, () -> delete.accept(part));
	}

	private void removed(Film film, String section, BaseEntity item, Runnable delete) {
		long id = Objects.requireNonNull(item.getId());
		delete.run();
		this.entityManager.flush();
		this.films.bump(film);
		this.changes.record(ChangeAction.DELETE, section, id, film.getImdbId());
	}

	private void record(ChangeAction action, String section, BaseEntity item, Film film) {
		this.changes.record(action, section, Objects.requireNonNull(item.getId()), film.getImdbId());
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

	private static <E extends BaseEntity & SectionItem<I>, I, V> E require(Film film, ResourceId filmId, long itemId,
			SectionItemStore<E, I, V> store) {
		return store.find(film, itemId)
			.orElseThrow(() -> SectionItemNotFoundException.forItem(store.section(), filmId, itemId));
	}

	/**
	 * The item as written, read back by the section's projection once the write reached
	 * the database, so that an answer is mapped where every read of the item is.
	 */
	private <E extends BaseEntity & SectionItem<I>, I, V> VersionedItem<V> answer(Film film, E item,
			SectionItemStore<E, I, V> store) {
		this.entityManager.flush();
		return store.read(film, Objects.requireNonNull(item.getId())).orElseThrow();
	}

	private static String describe(SectionItemStore<?, ?, ?> store, long itemId, Film film) {
		return store.section() + " item " + itemId + " of film " + film.getImdbId();
	}

}
