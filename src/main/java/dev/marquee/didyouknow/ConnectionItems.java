package dev.marquee.didyouknow;

import java.util.Optional;

import dev.marquee.film.Film;
import dev.marquee.film.Films;
import dev.marquee.section.SectionDescriptor;
import dev.marquee.section.SectionItemStore;
import dev.marquee.section.SectionQuery;
import dev.marquee.support.web.PageView;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * A film's connections, one at a time; each points at the related film when Marquee has
 * it, matched by IMDb id.
 */
@Component
class ConnectionItems extends SectionItemStore<Connection, ConnectionInput, ConnectionItem> {

	private static final SectionDescriptor SECTION = SectionDescriptor
		.of("connections", "Connection", "connection", "connections", ConnectionInput.class, ConnectionItem.class)
		.listed("Other titles this film references, features in or is spoofed by; related.id links to the "
				+ "title when it is in the catalogue. Oldest entry first, paged by cursor: follow next, or "
				+ "send after=nextCursor.");

	private final ConnectionRepository repository;

	private final ConnectionRows rows;

	private final Films films;

	ConnectionItems(ConnectionRepository repository, Films films, ConnectionRows rows) {
		super(SECTION, repository, rows);
		this.rows = rows;
		this.repository = repository;
		this.films = films;
	}

	@Override
	protected PageView<ConnectionItem> page(long filmId, SectionQuery query) {
		return this.rows.page(filmId, query);
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
