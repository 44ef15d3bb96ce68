package dev.marquee.boxoffice;

import java.util.Objects;

import dev.marquee.film.Film;
import dev.marquee.film.Films;
import dev.marquee.section.SectionItems;
import dev.marquee.section.StoredPart;
import dev.marquee.section.VersionedItem;
import dev.marquee.support.web.MergePatches;
import dev.marquee.support.web.Preconditions;
import dev.marquee.support.web.ResourceId;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class BoxOffices {

	private final BoxOfficeRepository repository;

	private final Films films;

	private final SectionItems sectionItems;

	private final MergePatches patches;

	private final BoxOfficeRows rows;

	BoxOffices(BoxOfficeRepository repository, Films films, SectionItems sectionItems, MergePatches patches,
			BoxOfficeRows rows) {
		this.rows = rows;
		this.patches = patches;
		this.repository = repository;
		this.films = films;
		this.sectionItems = sectionItems;
	}

	/**
	 * Creates or replaces the film's figures. Replacing needs If-Match with their
	 * version; creating honours one when sent (it cannot hold) and If-None-Match: *.
	 */
	@Transactional
	StoredPart<BoxOfficeView> put(ResourceId filmId, BoxOfficeInput input, Preconditions preconditions) {
		Film film = this.films.require(filmId);
		return this.sectionItems.put(film, "box-office", "the box office of film " + film.getImdbId(),
				this.repository.findByFilm(film), preconditions, () -> this.repository.save(new BoxOffice(film, input)),
				(figures) -> figures.replace(input), (figures) -> view(film));
	}

	/**
	 * Applies a merge patch to the film's figures; needs If-Match with their version.
	 * @throws BoxOfficeNotFoundException when the film has none (PUT creates them)
	 */
	@Transactional
	VersionedItem<BoxOfficeView> patch(ResourceId filmId, JsonNode patch, Preconditions preconditions) {
		Film film = this.films.require(filmId);
		BoxOffice stored = this.repository.findByFilm(film)
			.orElseThrow(() -> BoxOfficeNotFoundException.forFilm(filmId));
		preconditions.require(stored.getVersion(), "the box office of film " + film.getImdbId());
		stored.replace(this.patches.apply(stored.toInput(), patch, BoxOfficeInput.class));
		this.sectionItems.patched(film, "box-office", stored);
		return this.rows.versioned(film.getId()).orElseThrow();
	}

	/**
	 * The film's figures with their version.
	 * @throws BoxOfficeNotFoundException when the film has none
	 */
	VersionedItem<BoxOfficeView> read(ResourceId filmId) {
		return this.rows.versioned(Objects.requireNonNull(this.films.require(filmId).getId()))
			.orElseThrow(() -> BoxOfficeNotFoundException.forFilm(filmId));
	}

	private BoxOfficeView view(Film film) {
		return this.rows.versioned(film.getId()).orElseThrow().view();
	}

	@Transactional
	public void replace(Film film, @Nullable BoxOfficeInput input) {
		this.repository.deleteByFilm(film);
		if (input != null) {
			this.repository.save(new BoxOffice(film, input));
		}
	}

}
