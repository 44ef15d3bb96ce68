package dev.marquee.list;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.marquee.changes.ChangeAction;
import dev.marquee.changes.Changes;
import dev.marquee.film.Film;

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

	FilmLists(FilmListRepository lists, FilmListItemRepository items, Changes changes) {
		this.lists = lists;
		this.items = items;
		this.changes = changes;
	}

	public List<ListRef> containing(Film film) {
		return this.items.findByFilm(film).stream().map((item) -> item.getList().toRef()).toList();
	}

	/**
	 * Puts the film on exactly these lists: off every other list, appended to the end of
	 * each named list it was not on yet (keeping its place on the ones it was). A list
	 * created, or whose films change, is recorded in the change feed; the latter also
	 * gets a new version, so that its ETag changes.
	 */
	@Transactional
	public void replaceMemberships(Film film, List<ListRefInput> inputs) {
		List<FilmListItem> current = this.items.findByFilm(film);
		List<String> wanted = inputs.stream().map(ListRefInput::title).toList();
		for (FilmListItem item : current) {
			if (!wanted.contains(item.getList().toRef().title())) {
				this.items.delete(item);
				this.items.flush();
				this.items.shift(item.getList(), item.getPosition() + 1, -1);
				changed(item.getList());
			}
		}
		List<String> kept = current.stream().map((item) -> item.getList().toRef().title()).toList();
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

	private void changed(FilmList list) {
		this.lists.incrementVersion(list);
		this.changes.record(ChangeAction.UPDATE, "list", Objects.requireNonNull(list.getId()), null);
	}

}
