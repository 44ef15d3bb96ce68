package dev.marquee.didyouknow;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import dev.marquee.film.FilmRef;
import dev.marquee.section.SectionQuery;
import dev.marquee.section.SectionRows;
import dev.marquee.section.TitlePageSection;
import dev.marquee.support.web.ETags;
import dev.marquee.support.web.PageView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A film's connections as answered, oldest entry first; the related film's version comes
 * along for an item's ETag when Marquee has that film.
 */
@Component
class ConnectionRows extends SectionRows<ConnectionItem> {

	ConnectionRows(JdbcClient jdbc) {
		super(jdbc, new Embedding(60, "connections", TitlePageSection.Shape.LIST, ConnectionItem.class), """
				SELECT t.id, t.version, t.kind, t.related_film_id, t.related_imdb_id, t.related_title, t.related_year,
				    t.note, r.version AS related_version
				FROM connection t LEFT JOIN film r ON r.id = t.related_film_id""", "ORDER BY t.id");
	}

	PageView<ConnectionItem> page(long filmId, SectionQuery query) {
		return pageById(filmId, "connections", query, "");
	}

	@Override
	protected ConnectionItem view(ResultSet rs) throws SQLException {
		FilmRef related = new FilmRef(rs.getObject("related_film_id", Long.class), rs.getString("related_imdb_id"),
				rs.getString("related_title"), rs.getObject("related_year", Integer.class));
		return new ConnectionItem(rs.getLong("id"), ConnectionKind.fromCode(rs.getString("kind")), related,
				rs.getString("note"), rs.getLong("version"));
	}

	/**
	 * The related films Marquee has: none of their fields is shown, but deleting one
	 * clears the link.
	 */
	@Override
	public List<Shown> shown() {
		return List.of(Shown.byKey(ETags.Shown.FILM, "film", "t.related_film_id", "FROM connection t", "t.film_id"));
	}

	@Override
	protected List<ETags.Shown> shown(ResultSet rs) throws SQLException {
		long related = rs.getLong("related_film_id");
		return rs.wasNull() ? List.of()
				: List.of(new ETags.Shown(ETags.Shown.FILM, related, rs.getLong("related_version")));
	}

}
