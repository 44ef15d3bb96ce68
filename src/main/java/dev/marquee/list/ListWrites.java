package dev.marquee.list;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.marquee.changes.ChangeAction;
import dev.marquee.changes.Changes;
import dev.marquee.film.Film;
import dev.marquee.film.Films;
import dev.marquee.support.web.ConflictException;
import dev.marquee.support.web.InvalidBodyException;
import dev.marquee.support.web.InvalidParam;
import dev.marquee.support.web.MergePatches;
import dev.marquee.support.web.Preconditions;
import dev.marquee.support.web.ResourceId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and deletes lists and their films, each change recorded in the feed.
 * The list's version guards its title, description and its films with their order: every
 * write gives it a new version, and every write but adding a film needs the version read
 * ({@code If-Match}), so two admins reordering one list cannot undo each other. Titles
 * are unique (409); a film is on a list at most once (409).
 */
@Service
@Transactional
class ListWrites {

	private final FilmListRepository lists;

	private final FilmListItemRepository items;

	private final Films films;

	private final MergePatches patches;

	private final Changes changes;

	private final EntityManager entityManager;

	ListWrites(FilmListRepository lists, FilmListItemRepository items, Films films, MergePatches patches,
			Changes changes, EntityManager entityManager) {
		this.lists = lists;
		this.items = items;
		this.films = films;
		this.patches = patches;
		this.changes = changes;
		this.entityManager = entityManager;
	}

	long create(ListInput input) {
		requireFreeTitle(input.title(), null);
		try {
			FilmList list = this.lists.saveAndFlush(new FilmList(input.title(), input.description()));
			return recorded(list, ChangeAction.CREATE);
		}
		catch (DataIntegrityViolationException ex) {
			throw titleTakenMeanwhile(input.title(), ex);
		}
	}

	long replace(long id, ListInput input, Preconditions preconditions) {
		FilmList list = require(id);
		preconditions.require(list.getVersion(), describe(list));
		requireFreeTitle(input.title(), list);
		list.update(input);
		try {
			touch(list);
		}
		catch (DataIntegrityViolationException ex) {
			throw titleTakenMeanwhile(input.title(), ex);
		}
		return recorded(list, ChangeAction.UPDATE);
	}

	long patch(long id, JsonNode patch, Preconditions preconditions) {
		FilmList list = require(id);
		preconditions.require(list.getVersion(), describe(list));
		return replace(id, this.patches.apply(ListInput.of(list), patch, ListInput.class), preconditions);
	}

	void delete(long id, Preconditions preconditions) {
		FilmList list = require(id);
		preconditions.require(list.getVersion(), describe(list));
		this.lists.delete(list);
		this.lists.flush();
		this.changes.record(ChangeAction.DELETE, "list", id, null);
	}

	/**
	 * Adds a film at a position (the films from there on move down one) or at the end.
	 * If-Match is honoured when sent, not required: adding does not undo anyone's edit.
	 */
	long add(long id, ListItemsInput.New input, Preconditions preconditions) {
		FilmList list = require(id);
		preconditions.check(list.getVersion(), describe(list));
		Film film = this.films.findByImdbId(input.imdbId())
			.orElseThrow(() -> InvalidBodyException.of(List.of(noFilm("imdbId", input.imdbId()))));
		lock(list);
		List<FilmListItem> current = this.items.findByList(list);
		current.stream().filter((item) -> item.getFilm().equals(film)).findFirst().ifPresent((item) -> {
			throw ConflictException.taken(
					"film " + input.imdbId() + " on " + describe(list) + " (at position " + item.getPosition() + ")",
					"/api/v1/lists/" + id);
		});
		int end = current.size() + 1;
		if (input.position() != null && input.position() > end) {
			throw InvalidBodyException.of(List.of(InvalidParam.body("position",
					"must be at most " + end + ": the list has " + current.size() + " films")));
		}
		int position = (input.position() != null) ? input.position() : end;
		this.items.shift(list, position, 1);
		this.items.save(new FilmListItem(list, film, position, input.note()));
		return recorded(list, ChangeAction.UPDATE);
	}

	/**
	 * Takes a film off the list; the films after it move up one.
	 */
	void remove(long id, ResourceId filmId, Preconditions preconditions) {
		FilmList list = require(id);
		preconditions.require(list.getVersion(), describe(list));
		lock(list);
		FilmListItem item = this.items.findByList(list)
			.stream()
			.filter((candidate) -> filmId.imdbId() != null ? candidate.getFilm().getImdbId().equals(filmId.imdbId())
					: Objects.equals(candidate.getFilm().getId(), filmId.id()))
			.findFirst()
			.orElseThrow(() -> ListNotFoundException.forItem(id, filmId.toString()));
		this.items.delete(item);
		this.items.flush();
		this.items.shift(list, item.getPosition() + 1, -1);
		recorded(list, ChangeAction.UPDATE);
	}

	/**
	 * Makes the list hold exactly these films in this order: films kept move (keeping
	 * nothing but what the input says), new ones are added, the others leave the list.
	 */
	long replaceItems(long id, ListItemsInput input, Preconditions preconditions) {
		FilmList list = require(id);
		preconditions.require(list.getVersion(), describe(list));
		Map<String, Film> wanted = checkedFilms(input.items());
		lock(list);
		Map<String, FilmListItem> current = this.items.findByList(list)
			.stream()
			.collect(Collectors.toMap((item) -> item.getFilm().getImdbId(), Function.identity()));
		int position = 0;
		for (ListItemsInput.Item entry : input.items()) {
			position++;
			FilmListItem item = current.remove(entry.imdbId());
			if (item != null) {
				item.place(position, entry.note());
			}
			else {
				this.items.save(new FilmListItem(list, wanted.get(entry.imdbId()), position, entry.note()));
			}
		}
		this.items.deleteAll(current.values());
		this.items.flush();
		return recorded(list, ChangeAction.UPDATE);
	}

	/**
	 * The films the items name, by IMDb id; every unknown or repeated film is refused,
	 * each named.
	 */
	private Map<String, Film> checkedFilms(List<ListItemsInput.Item> entries) {
		Map<String, Film> found = this.films
			.findAll(entries.stream().map((entry) -> new ResourceId(null, entry.imdbId())).toList())
			.stream()
			.collect(Collectors.toMap(Film::getImdbId, Function.identity()));
		List<InvalidParam> errors = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < entries.size(); i++) {
			String imdbId = entries.get(i).imdbId();
			if (!found.containsKey(imdbId)) {
				errors.add(noFilm("items[" + i + "].imdbId", imdbId));
			}
			else if (!seen.add(imdbId)) {
				errors.add(InvalidParam.body("items[" + i + "].imdbId", "lists " + imdbId + " a second time"));
			}
		}
		if (!errors.isEmpty()) {
			throw InvalidBodyException.of(errors);
		}
		return new HashMap<>(found);
	}

	/**
	 * The list, locked: concurrent writers of one list wait here, so each checks its
	 * If-Match against the version the one before it left (412 when that is not the one
	 * it read) and adds without If-Match never fail for each other.
	 */
	private FilmList require(long id) {
		return this.lists.findForUpdate(id).orElseThrow(() -> ListNotFoundException.forId(id));
	}

	private void requireFreeTitle(String title, @Nullable FilmList list) {
		this.lists.findByTitle(title).filter((other) -> !other.equals(list)).ifPresent((other) -> {
			throw ConflictException.taken("a list titled '" + title + "'", "/api/v1/lists/" + other.getId());
		});
	}

	/**
	 * A list with the title was created after {@link #requireFreeTitle} looked.
	 */
	private RuntimeException titleTakenMeanwhile(String title, DataIntegrityViolationException ex) {
		if (String.valueOf(ex.getMessage()).contains("film_list_title_key")) {
			return ConflictException.taken("a list titled '" + title + "'", "/api/v1/lists");
		}
		return ex;
	}

	/**
	 * Gives the (locked) list its new version at once.
	 */
	private void lock(FilmList list) {
		this.entityManager.lock(list, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
	}

	/**
	 * Writes the list's own fields with a new version, checked against the one read, even
	 * when none of them changed.
	 */
	private void touch(FilmList list) {
		long read = list.getVersion();
		this.lists.flush();
		if (list.getVersion() == read) {
			lock(list);
		}
	}

	private long recorded(FilmList list, ChangeAction action) {
		long id = Objects.requireNonNull(list.getId());
		this.changes.record(action, "list", id, null);
		return id;
	}

	private static InvalidParam noFilm(String name, String imdbId) {
		return InvalidParam.body(name, "names no film: there is no film " + imdbId);
	}

	private static String describe(FilmList list) {
		return "list " + list.getId();
	}

}
