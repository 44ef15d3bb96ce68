package dev.marquee.films;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.marquee.film.FilmNotFoundException;
import dev.marquee.film.FilmRef;
import dev.marquee.film.FilmType;
import dev.marquee.support.db.SqlArrays;
import dev.marquee.support.web.ETags;
import dev.marquee.support.web.ResourceId;
import dev.marquee.support.web.Versioned;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A film's own fields, the most requested read of the API, in one statement and one round
 * trip: the film's row, its official sites as arrays and its series, read straight into
 * the view, the only mapping of a film to {@link FilmView}. A film alone needs no
 * transaction (a single statement sees one snapshot); a title page reads the same row in
 * its own one statement ({@link TitlePages}). No entity, no persistence context: through
 * JPA the film alone cost four times the CPU (a transaction's begin, isolation and commit
 * round trips, entity hydration), see docs/benchmarks.md.
 */
@Repository
class FilmRows {

	/**
	 * The film's columns, without a {@code WHERE}; the title page reads the same row
	 * ({@link TitlePageStatement}).
	 */
	static final String SELECT = """
			SELECT f.id, f.imdb_id, f.title, f.original_title, f.type, f.release_year, f.end_year, f.runtime_minutes,
			    f.plot, f.genres, f.rating_average, f.rating_votes, f.countries, f.languages, f.color, f.sound_mixes,
			    f.aspect_ratio, f.tmdb_id, f.wikidata_id, f.adult, f.version, f.created_at, f.updated_at,
			    f.season_number, f.episode_number, s.id AS series_id, s.imdb_id AS series_imdb_id,
			    s.title AS series_title, s.release_year AS series_year, s.version AS series_version,
			    ARRAY(SELECT o.label FROM film_official_site o WHERE o.film_id = f.id ORDER BY o.position) AS site_labels,
			    ARRAY(SELECT o.url FROM film_official_site o WHERE o.film_id = f.id ORDER BY o.position) AS site_urls
			FROM film f LEFT JOIN film s ON s.id = f.series_film_id
			""";

	private final JdbcClient jdbc;

	FilmRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The film with this id.
	 * @throws FilmNotFoundException when there is none
	 */
	FilmView require(ResourceId id) {
		return read(id).view();
	}

	/**
	 * The film with this id, its version and, for an episode, its series' (which it
	 * shows), for its ETag.
	 * @throws FilmNotFoundException when there is none
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	Versioned<FilmView> read(ResourceId id) {
		JdbcClient.StatementSpec statement = (id.imdbId() != null)
				? this.jdbc.sql(SELECT + "WHERE f.imdb_id = ?").param(id.imdbId())
				: this.jdbc.sql(SELECT + "WHERE f.id = ?").param(id.id());
		return statement.query(FilmRows::versioned).optional().orElseThrow(() -> FilmNotFoundException.forId(id));
	}

	private static Versioned<FilmView> versioned(ResultSet rs, int row) throws SQLException {
		FilmView view = view(rs, row);
		EpisodeOf episodeOf = view.episodeOf();
		return new Versioned<>(view, view.version(), (episodeOf != null) ? List.of(new ETags.Shown(ETags.Shown.FILM,
				Objects.requireNonNull(episodeOf.series().id()), rs.getLong("series_version"))) : List.of());
	}

	/**
	 * Many films by id, without sections, in one statement; the answer keeps the order
	 * asked for and names the ids that match no film.
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	FilmBatch findAll(List<ResourceId> ids) {
		List<Long> numeric = ids.stream().map(ResourceId::id).filter(Objects::nonNull).toList();
		List<String> imdb = ids.stream().map(ResourceId::imdbId).filter(Objects::nonNull).toList();
		List<FilmView> found = this.jdbc.sql(SELECT + "WHERE f.id = ANY(?) OR f.imdb_id = ANY(?)")
			.param(numeric.toArray(Long[]::new))
			.param(imdb.toArray(String[]::new))
			.query(FilmRows::view)
			.list();
		Map<String, FilmView> byKey = new HashMap<>();
		for (FilmView film : found) {
			byKey.put(String.valueOf(film.id()), film);
			byKey.put(film.imdbId(), film);
		}
		Set<Long> seen = new HashSet<>();
		List<FilmView> items = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		for (ResourceId id : ids) {
			FilmView film = byKey.get(id.toString());
			if (film == null) {
				missing.add(id.toString());
			}
			else if (seen.add(film.id())) {
				items.add(film);
			}
		}
		return new FilmBatch(items, missing);
	}

	/**
	 * The film at the result set's row: the one mapping of a film to its view.
	 */
	static FilmView view(ResultSet rs, int row) throws SQLException {
		List<String> labels = SqlArrays.strings(rs.getArray("site_labels"));
		List<String> urls = SqlArrays.strings(rs.getArray("site_urls"));
		List<FilmView.OfficialSiteView> sites = new ArrayList<>(labels.size());
		for (int i = 0; i < labels.size(); i++) {
			sites.add(new FilmView.OfficialSiteView(labels.get(i), urls.get(i)));
		}
		long seriesId = rs.getLong("series_id");
		EpisodeOf episodeOf = rs.wasNull() ? null
				: new EpisodeOf(
						new FilmRef(seriesId, rs.getString("series_imdb_id"), rs.getString("series_title"),
								rs.getObject("series_year", Integer.class)),
						rs.getObject("season_number", Integer.class), rs.getObject("episode_number", Integer.class));
		return new FilmView(rs.getLong("id"), rs.getString("imdb_id"), rs.getString("title"),
				rs.getString("original_title"), FilmType.fromCode(rs.getString("type")),
				rs.getObject("release_year", Integer.class), rs.getObject("end_year", Integer.class),
				rs.getObject("runtime_minutes", Integer.class), rs.getString("plot"),
				SqlArrays.strings(rs.getArray("genres")),
				new FilmView.Rating(rs.getBigDecimal("rating_average"), rs.getInt("rating_votes")),
				SqlArrays.strings(rs.getArray("countries")), SqlArrays.strings(rs.getArray("languages")),
				new FilmView.TechnicalSpecs(rs.getString("color"), SqlArrays.strings(rs.getArray("sound_mixes")),
						rs.getString("aspect_ratio")),
				sites, new FilmView.ExternalIds(rs.getObject("tmdb_id", Integer.class), rs.getString("wikidata_id")),
				rs.getBoolean("adult"), rs.getLong("version"), instant(rs, "created_at"), instant(rs, "updated_at"),
				episodeOf, null, Map.of());
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return Objects.requireNonNull(rs.getObject(column, OffsetDateTime.class)).toInstant();
	}

}
