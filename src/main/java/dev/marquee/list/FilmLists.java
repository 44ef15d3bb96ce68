package dev.marquee.list;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import dev.marquee.changes.ChangeAction;
import dev.marquee.changes.Changes;
import dev.marquee.film.Film;
import dev.marquee.support.db.NaturalKey;
import dev.marquee.support.db.NaturalKeyLocks;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Curated lists, as seen from one film: the lists it belongs to.
 */
@Service
@Transactional(readOnly = true)
public class FilmLists {

	private final FilmListRepository lists;

	private final FilmListItemRepository items;

	private final Changes changes;

	private final NaturalKeyLocks locks;

	FilmLists(FilmListRepository lists, FilmListItemRepository items, Changes changes, NaturalKeyLocks locks) {
		this.lists = lists;
		this.items = items;
		this.changes = changes;
		this.locks = locks;
	}

	/**
	 * Puts the film on exactly these lists: off every other list, appended to the end of
	 * each named list it was not on yet (keeping its place on the ones it was). A list
	 * created, or whose films change, is recorded in the change feed; the latter also
	 * gets a new version, so that its ETag changes. Writers of different films that name
	 * the same new list create it once, and films joining one list at once each get a
	 * place of their own.
	 */
	@Transactional
	public void replaceMemberships(Film film, List<ListRefInput> inputs) {
		this.locks.lock(unmatched(inputs));
		lockLists(film, inputs);
		List<FilmListItem> current = this.items.findByFilm(film);
		List<String> wanted = inputs.stream().map(ListRefInput::title).toList();
		for (FilmListItem item : current) {
			if (!wanted.contains(item.getList().getTitle())) {
				this.items.delete(item);
				this.items.flush();
				this.items.shift(item.getList(), item.getPosition() + 1, -1);
				changed(item.getList());
			}
		}
		List<String> kept = current.stream().map((item) -> item.getList().getTitle()).toList();
		for (ListRefInput input : inputs) {
			if (kept.contains(input.title())) {
				continue;
			}
			Optional<FilmList> existing = this.lists.findByTitle(input.title());
			FilmList list = existing.orElseGet(() -> this.lists.save(new FilmList(input.title(), input.description())));
			this.items.save(new FilmListItem(list, film, this.items.lastPosition(list) + 1));
			if (existing.isPresent()) {
				changed(list);
			}
			else {
				this.changes.record(ChangeAction.CREATE, "list", Objects.requireNonNull(list.getId()), null);
			}
		}
	}

	/**
	 * The keys (exact titles) of the lists named that do not exist yet: a writer holds
	 * their locks while it creates them, so that concurrent writers naming the same new
	 * list create it once (see {@link NaturalKeyLocks}).
	 */
	public List<NaturalKey> unmatched(List<ListRefInput> inputs) {
		return inputs.stream()
			.filter((input) -> this.lists.findByTitle(input.title()).isEmpty())
			.map((input) -> new NaturalKey("list-title", input.title()))
			.toList();
	}

	/**
	 * Locks the rows of the lists the film leaves or joins, in id order (the order every
	 * writer of several lists takes them in), so that the positions computed next are
	 * free and writers of the same lists take turns instead of deadlocking.
	 */
	private void lockLists(Film film, List<ListRefInput> inputs) {
		Set<Long> ids = new TreeSet<>(this.items.listIdsOf(film));
		for (ListRefInput input : inputs) {
			this.lists.findByTitle(input.title()).ifPresent((list) -> ids.add(Objects.requireNonNull(list.getId())));
		}
		if (!ids.isEmpty()) {
			this.lists.lockInOrder(ids);
		}
	}

	private void changed(FilmList list) {
		this.lists.incrementVersion(list);
		this.changes.record(ChangeAction.UPDATE, "list", Objects.requireNonNull(list.getId()), null);
	}

}
