package dev.marquee.boxoffice;

import java.util.Optional;

import dev.marquee.film.Film;
import dev.marquee.film.Films;
import dev.marquee.film.SectionItems;
import dev.marquee.film.StoredPart;
import dev.marquee.film.VersionedItem;
import dev.marquee.support.web.Preconditions;
import dev.marquee.support.web.ResourceId;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class BoxOffices {

	private final BoxOfficeRepository repository;

	private final Films films;

	private final SectionItems sectionItems;

	BoxOffices(BoxOfficeRepository repository, Films films, SectionItems sectionItems) {
		this.repository = repository;
		this.films = films;
		this.sectionItems = sectionItems;
	}

	public Optional<BoxOfficeView> forFilm(Film film) {
		return this.repository.findByFilm(film).map(BoxOffice::toView);
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
				(figures) -> figures.replace(input), BoxOffice::toView);
	}

	/**
	 * The film's figures with their version.
	 * @throws BoxOfficeNotFoundException when the film has none
	 */
	VersionedItem<BoxOfficeView> read(ResourceId filmId) {
		return this.repository.findByFilm(this.films.require(filmId))
			.map((row) -> new VersionedItem<>(row.getId(), row.getVersion(), row.toView()))
			.orElseThrow(() -> BoxOfficeNotFoundException.forFilm(filmId));
	}

	@Transactional
	public void replace(Film film, @Nullable BoxOfficeInput input) {
		this.repository.deleteByFilm(film);
		if (input != null) {
			this.repository.save(new BoxOffice(film, input));
		}
	}

}
