package dev.marquee.film;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.marquee.changes.ChangeAction;
import dev.marquee.changes.Changes;
import dev.marquee.support.web.ConflictException;
import dev.marquee.support.web.InvalidParam;
import dev.marquee.support.web.ResourceId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the film feature offers the others: finding a film by either of its ids, and
 * saving or deleting one, each write recorded in the change feed as a {@code film} change
 * keyed by the film's IMDb id.
 */
@Service
@Transactional(readOnly = true)
public class Films {

	/**
	 * The resource type of a film's changes in the change feed.
	 */
	public static final String FEED_TYPE = "film";

	/**
	 * The documented words of a film's id in a path.
	 */
	public static final String ID_PARAMETER = "The film: Marquee's numeric id or its IMDb id";

	/**
	 * The tag the operations on a film's sections are listed under in Swagger UI.
	 */
	public static final String SECTIONS_TAG = "Film sections";

	private final FilmRepository repository;

	private final EntityManager entityManager;

	private final Changes changes;

	Films(FilmRepository repository, EntityManager entityManager, Changes changes) {
		this.repository = repository;
		this.entityManager = entityManager;
		this.changes = changes;
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

	/**
	 * The films with any of these ids, in one statement; ids that name no film are simply
	 * absent.
	 */
	public List<Film> findAll(Collection<ResourceId> ids) {
		List<Long> numeric = ids.stream().map(ResourceId::id).filter(Objects::nonNull).toList();
		List<String> imdb = ids.stream().map(ResourceId::imdbId).filter(Objects::nonNull).toList();
		// An empty IN list is not valid SQL everywhere; a value that matches nothing
		// keeps the query simple.
		return this.repository.findAllWithSites(numeric.isEmpty() ? List.of(-1L) : numeric,
				imdb.isEmpty() ? List.of("") : imdb);
	}

	public Optional<Film> findByImdbId(String imdbId) {
		return this.repository.findByImdbId(imdbId);
	}

	public long count() {
		return this.repository.count();
	}

	/**
	 * Gives the film a new version even when none of its own fields changed, so that its
	 * ETag changes when its sections do.
	 */
	@Transactional
	public void touch(Film film) {
		// Flush first: a film whose own fields changed gets its new version then (checked
		// against the version read, so a concurrent write makes this one fail). Only when
		// the flush wrote nothing is the version forced up, at once (unlike
		// OPTIMISTIC_FORCE_INCREMENT), with the same check.
		long read = film.getVersion();
		this.entityManager.flush();
		if (film.getVersion() == read) {
			this.entityManager.lock(film, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
		}
	}

	/**
	 * Gives the film a new version for a change of one of its sections, without checking
	 * the version read: writers of different items of one film do not conflict (each
	 * item's own version guards it), yet the film's ETag changes. Concurrent writers wait
	 * for each other's commit on the film's row.
	 */
	@Transactional
	public void bump(Film film) {
		this.entityManager.flush();
		this.repository.incrementVersion(film.getId());
	}

	/**
	 * Deletes the film and, through the database's cascading foreign keys, every section
	 * of it; the people and companies it credits stay. The delete is checked against the
	 * version read, so a concurrent write makes it fail. The change feed records one
	 * {@code film} delete: its sections go with it, without an entry each.
	 */
	@Transactional
	public void delete(Film film) {
		long id = Objects.requireNonNull(film.getId());
		this.repository.delete(film);
		this.entityManager.flush();
		this.changes.record(ChangeAction.DELETE, FEED_TYPE, id, film.getImdbId());
	}

	/**
	 * Stores a new film, or the changes made to a stored one, and records the create or
	 * update in the change feed.
	 */
	@Transactional
	public Film save(Film film) {
		requireFreeExternalIds(film);
		ChangeAction action = (film.getId() != null) ? ChangeAction.UPDATE : ChangeAction.CREATE;
		Film saved = this.repository.save(film);
		this.changes.record(action, FEED_TYPE, Objects.requireNonNull(saved.getId()), saved.getImdbId());
		return saved;
	}

	/**
	 * A TMDB or Wikidata id names one film: a write giving a film the id another film
	 * holds is refused, naming the field and the holder, before anything is written. (Two
	 * writes taking the same id at the same moment are left to the unique constraints:
	 * the loser is told to read again, and then gets this answer.)
	 * @throws ConflictException naming {@code externalIds.tmdb} or
	 * {@code externalIds.wikidata} and the film that holds the value
	 */
	private void requireFreeExternalIds(Film film) {
		long self = (film.getId() != null) ? film.getId() : -1;
		List<InvalidParam> taken = new ArrayList<>();
		String holder = null;
		String what = null;
		if (film.getTmdbId() != null) {
			for (String other : this.repository.findHoldersOfTmdbId(film.getTmdbId(), self, Limit.of(1))) {
				taken.add(InvalidParam.body("externalIds.tmdb", "is the TMDB id of film " + other));
				holder = other;
				what = "a film with TMDB id " + film.getTmdbId();
			}
		}
		if (film.getWikidataId() != null) {
			for (String other : this.repository.findHoldersOfWikidataId(film.getWikidataId(), self, Limit.of(1))) {
				taken.add(InvalidParam.body("externalIds.wikidata", "is the Wikidata id of film " + other));
				holder = (holder != null) ? holder : other;
				what = (what != null) ? what : "a film with Wikidata id " + film.getWikidataId();
			}
		}
		if (!taken.isEmpty()) {
			throw ConflictException.taken(what, "/api/v1/films/" + holder, taken);
		}
	}

}
