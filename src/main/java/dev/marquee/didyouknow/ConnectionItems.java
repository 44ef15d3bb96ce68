package dev.marquee.didyouknow;

import java.util.Optional;

import dev.marquee.film.Film;
import dev.marquee.film.Films;
import dev.marquee.film.SectionItemStore;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * A film's connections, one at a time; each points at the related film when Marquee has
 * it, matched by IMDb id.
 */
@Component
class ConnectionItems extends SectionItemStore<Connection, ConnectionInput, ConnectionItem> {

	private final ConnectionRepository repository;

	private final Films films;

	ConnectionItems(ConnectionRepository repository, Films films) {
		super("connections", ConnectionInput.class, repository);
		this.repository = repository;
		this.films = films;
	}

	@Override
	protected Optional<Connection> find(Film film, long itemId) {
		return this.repository.findItem(film, itemId);
	}

	@Override
	protected Connection create(Film film, ConnectionInput input) {
		return new Connection(film, input, related(input));
	}

	@Override
	protected void replace(Connection item, ConnectionInput input) {
		item.replace(input);
		item.relate(related(input));
	}

	private @Nullable Film related(ConnectionInput input) {
		return (input.related().imdbId() != null) ? this.films.findByImdbId(input.related().imdbId()).orElse(null)
				: null;
	}

}
