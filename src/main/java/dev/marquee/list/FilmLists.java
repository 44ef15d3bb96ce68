package dev.marquee.list;

import java.util.List;

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

	FilmLists(FilmListRepository lists, FilmListItemRepository items) {
		this.lists = lists;
		this.items = items;
	}

	public List<ListRef> containing(Film film) {
		return this.items.findByFilm(film).stream().map((item) -> item.getList().toRef()).toList();
	}

	/**
	 * Puts the film on exactly these lists: off every other list, appended to the end of
	 * each named list it was not on yet (keeping its place on the ones it was).
	 */
	@Transactional
	public void replaceMemberships(Film film, List<ListRefInput> inputs) {
		List<FilmListItem> current = this.items.findByFilm(film);
		List<String> wanted = inputs.stream().map(ListRefInput::title).toList();
		current.stream().filter((item) -> !wanted.contains(item.getList().toRef().title())).forEach(this.items::delete);
		List<String> kept = current.stream().map((item) -> item.getList().toRef().title()).toList();
		for (ListRefInput input : inputs) {
			FilmList list = this.lists.findByTitle(input.title())
				.orElseGet(() -> this.lists.save(new FilmList(input.title(), input.description())));
			if (!kept.contains(input.title())) {
				this.items.save(new FilmListItem(list, film, this.items.lastPosition(list) + 1));
			}
		}
	}

}
