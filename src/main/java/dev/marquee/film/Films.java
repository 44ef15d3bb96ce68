package dev.marquee.film;

import java.util.Optional;

import dev.marquee.support.web.ResourceId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the film feature offers the others: finding a film by either of its ids, and
 * saving one.
 */
@Service
@Transactional(readOnly = true)
public class Films {

	private final FilmRepository repository;

	Films(FilmRepository repository) {
		this.repository = repository;
	}

	/**
	 * The film with this numeric or IMDb id, its official sites loaded with it.
	 * @throws FilmNotFoundException when there is none
	 */
	public Film require(ResourceId id) {
		Optional<Film> film = (id.imdbId() != null) ? this.repository.findByImdbId(id.imdbId())
				: this.repository.findWithSitesById(id.id());
		return film.orElseThrow(() -> FilmNotFoundException.forId(id));
	}

	public Optional<Film> findByImdbId(String imdbId) {
		return this.repository.findByImdbId(imdbId);
	}

	public long count() {
		return this.repository.count();
	}

	@Transactional
	public Film save(Film film) {
		return this.repository.save(film);
	}

}
