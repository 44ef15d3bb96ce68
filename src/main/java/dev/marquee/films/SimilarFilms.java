package dev.marquee.films;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import dev.marquee.film.FilmNotFoundException;
import dev.marquee.person.PersonRef;
import dev.marquee.storyline.KeywordRef;
import dev.marquee.support.db.SqlArrays;
import dev.marquee.support.web.Cursor;
import dev.marquee.support.web.PageView;
import dev.marquee.support.web.ResourceId;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "More like this": the films that share the most keywords, genres and people (cast, and
 * the crew who directed or wrote) with a film, weighted by their popularity (votes), each
 * with what it shares; one statement, its cost bounded whatever the catalogue's size.
 * <p>
 * Candidates come from the film's facts through their indexes, each fact yielding a
 * bounded number of films: the films of each of its first 30 keywords (100 each), of its
 * first 15 billed cast and 10 directors and writers (50 each, as cast and as crew), and
 * the 100 most voted films sharing a genre. Each is scored by what it shares with the
 * film: {@code (3 × people + 2 × keywords + genres) × (1 + log10(1 + votes) / 2)}. A
 * keyword or person with more films than its bound contributes through those it reached;
 * episodes are left out, as a film is not like one episode of a series. Paged by cursor
 * on (score, id).
 */
@Service
@Transactional(readOnly = true)
class SimilarFilms {

	static final String SORT = "similar";

	private static final String SQL = """
			WITH target AS (
			    SELECT f.id, f.genres FROM film f WHERE %s
			), target_keyword AS (
			    SELECT fk.keyword_id FROM target t JOIN film_keyword fk ON fk.film_id = t.id ORDER BY fk.id LIMIT 30
			), target_person AS (
			    (SELECT c.person_id FROM target t JOIN cast_credit c ON c.film_id = t.id
			     ORDER BY c.billing_order, c.id LIMIT 15)
			    UNION
			    (SELECT c.person_id FROM target t JOIN crew_credit c ON c.film_id = t.id
			     WHERE c.department IN ('directing', 'writing') ORDER BY c.department, c.position, c.id LIMIT 10)
			), by_keyword AS (
			    SELECT o.film_id, array_agg(tk.keyword_id) AS keyword_ids
			    FROM target_keyword tk
			    CROSS JOIN LATERAL (SELECT fk.film_id FROM film_keyword fk WHERE fk.keyword_id = tk.keyword_id
			                        LIMIT 100) o
			    GROUP BY o.film_id
			), by_person AS (
			    SELECT o.film_id, array_agg(DISTINCT tp.person_id) AS person_ids
			    FROM target_person tp
			    CROSS JOIN LATERAL ((SELECT c.film_id FROM cast_credit c WHERE c.person_id = tp.person_id LIMIT 50)
			                        UNION ALL
			                        (SELECT c.film_id FROM crew_credit c WHERE c.person_id = tp.person_id LIMIT 50)) o
			    GROUP BY o.film_id
			), by_genre AS (
			    SELECT f.id AS film_id FROM target t JOIN film f ON f.genres && t.genres
			    WHERE f.type <> 'tvEpisode'
			    ORDER BY f.rating_votes DESC, f.id DESC LIMIT 100
			), candidate AS (
			    SELECT film_id FROM by_keyword UNION SELECT film_id FROM by_person UNION SELECT film_id FROM by_genre
			), scored AS (
			    SELECT f.id, coalesce(k.keyword_ids, '{}') AS keyword_ids, coalesce(p.person_ids, '{}') AS person_ids,
			        g.genres AS shared_genres,
			        round(((3 * cardinality(coalesce(p.person_ids, '{}')) + 2 * cardinality(coalesce(k.keyword_ids, '{}'))
			            + cardinality(g.genres)) * (1 + log(1 + f.rating_votes) / 2))::numeric, 3) AS score
			    FROM candidate c
			    JOIN film f ON f.id = c.film_id
			    CROSS JOIN target t
			    LEFT JOIN by_keyword k ON k.film_id = f.id
			    LEFT JOIN by_person p ON p.film_id = f.id
			    CROSS JOIN LATERAL (SELECT ARRAY(SELECT g FROM unnest(f.genres) g WHERE g = ANY (t.genres)) AS genres) g
			    WHERE f.id <> t.id AND f.type <> 'tvEpisode'
			), page AS (
			    SELECT s.* FROM scored s %s ORDER BY s.score DESC, s.id LIMIT :limit
			)
			SELECT t.id AS target_id, pg.score, pg.shared_genres, %s,
			    (SELECT json_agg(json_build_object('slug', k.slug, 'name', k.name) ORDER BY k.slug)
			     FROM keyword k WHERE k.id = ANY (pg.keyword_ids)) AS shared_keywords,
			    (SELECT json_agg(json_build_object('id', p.id, 'imdbId', p.imdb_id, 'name', p.name) ORDER BY p.name, p.id)
			     FROM person p WHERE p.id = ANY (pg.person_ids)) AS shared_people
			FROM target t
			LEFT JOIN page pg ON true
			LEFT JOIN film f ON f.id = pg.id
			ORDER BY pg.score DESC, pg.id""";

	private static final TypeReference<List<KeywordRef>> KEYWORDS = new TypeReference<>() {
	};

	private static final TypeReference<List<PersonRef>> PEOPLE = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	SimilarFilms(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * A page of the films most like the film, the most alike first.
	 * @throws FilmNotFoundException when there is no such film
	 */
	PageView<SimilarFilm> page(ResourceId id, int size, @Nullable String after) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("limit", size + 1);
		String film = (id.imdbId() != null) ? "f.imdb_id = :film" : "f.id = :film";
		parameters.addValue("film", (id.imdbId() != null) ? id.imdbId() : id.id());
		Cursor cursor = Cursor.decode(after, SORT, 2);
		String keyset = "";
		if (cursor != null) {
			keyset = "WHERE s.score < :afterScore OR (s.score = :afterScore AND s.id > :afterId)";
			try {
				parameters.addValue("afterScore", new BigDecimal(cursor.key(0)));
			}
			catch (NumberFormatException ex) {
				throw Cursor.malformed();
			}
			parameters.addValue("afterId", cursor.longKey(1));
		}
		List<@Nullable SimilarFilm> rows = this.jdbc.sql(SQL.formatted(film, keyset, FilmCatalog.COLUMNS))
			.paramSource(parameters)
			.query((rs, row) -> similar(rs))
			.list();
		if (rows.isEmpty()) {
			throw FilmNotFoundException.forId(id);
		}
		List<SimilarFilm> found = rows.stream().filter((similar) -> similar != null).map((similar) -> similar).toList();
		return PageView.of(found, size, (similar) -> similar,
				(similar) -> Cursor.of(SORT, similar.score().toPlainString(), similar.film().id()));
	}

	/**
	 * The film at the row; {@code null} on the one row of a film like no other.
	 */
	private @Nullable SimilarFilm similar(ResultSet rs) throws SQLException {
		if (rs.getObject("id") == null) {
			return null;
		}
		String keywords = rs.getString("shared_keywords");
		String people = rs.getString("shared_people");
		return new SimilarFilm(FilmCatalog.summary(rs), rs.getBigDecimal("score"),
				new SimilarFilm.SharedFacts((keywords != null) ? this.json.readValue(keywords, KEYWORDS) : List.of(),
						SqlArrays.strings(rs.getArray("shared_genres")),
						(people != null) ? this.json.readValue(people, PEOPLE) : List.of()));
	}

}
