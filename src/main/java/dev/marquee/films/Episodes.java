package dev.marquee.films;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import dev.marquee.film.Film;
import dev.marquee.film.Films;
import dev.marquee.support.web.Cursor;
import dev.marquee.support.web.PageView;
import dev.marquee.support.web.ResourceId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A series' episodes, in season and episode order; episodes without a number sort after
 * the numbered ones (as {@link #UNNUMBERED}).
 */
@Service
@Transactional(readOnly = true)
class Episodes {

	static final int UNNUMBERED = Integer.MAX_VALUE;

	private static final String SEASON = "coalesce(f.season_number, 2147483647)";

	private static final String EPISODE = "coalesce(f.episode_number, 2147483647)";

	private static final String PAGE = """
			SELECT f.id, f.imdb_id, f.title, f.season_number, f.episode_number, f.release_year, f.runtime_minutes,
			    f.rating_average, f.rating_votes
			FROM film f
			WHERE f.series_film_id = ? AND (CAST(? AS integer) IS NULL OR f.season_number = ?)
			    AND (%1$s, %2$s, f.id) > (?, ?, ?)
			ORDER BY %1$s, %2$s, f.id LIMIT ?""".formatted(SEASON, EPISODE);

	private final Films films;

	private final JdbcClient jdbc;

	Episodes(Films films, JdbcClient jdbc) {
		this.films = films;
		this.jdbc = jdbc;
	}

	/**
	 * A page of the series' episodes: the series, then the page.
	 */
	PageView<Episode> page(ResourceId seriesId, @Nullable Integer season, int size, @Nullable String after) {
		Film series = this.films.require(seriesId);
		Cursor cursor = Cursor.decode(after, "episodes", 3);
		List<Episode> rows = this.jdbc.sql(PAGE)
			.params(series.getId(), season, season, (cursor != null) ? cursor.intKey(0) : -1,
					(cursor != null) ? cursor.intKey(1) : -1, (cursor != null) ? cursor.longKey(2) : 0L, size + 1)
			.query(Episodes::episode)
			.list();
		return PageView.of(rows, size, (episode) -> episode,
				(episode) -> Cursor.of("episodes", number(episode.season()), number(episode.episode()), episode.id()));
	}

	/**
	 * The episode as its series lists it: the one mapping of a film to {@link Episode}.
	 */
	private static Episode episode(ResultSet rs, int row) throws SQLException {
		return new Episode(rs.getLong("id"), rs.getString("imdb_id"), rs.getString("title"),
				rs.getObject("season_number", Integer.class), rs.getObject("episode_number", Integer.class),
				rs.getObject("release_year", Integer.class), rs.getObject("runtime_minutes", Integer.class),
				new FilmView.Rating(rs.getBigDecimal("rating_average"), rs.getInt("rating_votes")));
	}

	private static int number(@Nullable Integer number) {
		return (number != null) ? number : UNNUMBERED;
	}

}
