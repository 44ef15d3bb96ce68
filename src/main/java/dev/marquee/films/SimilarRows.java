package dev.marquee.films;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

import dev.marquee.person.PersonRef;
import dev.marquee.section.SectionProjection;
import dev.marquee.section.TitlePageSection;
import dev.marquee.storyline.KeywordRef;
import dev.marquee.support.db.SqlArrays;
import dev.marquee.support.web.ETags;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The projection of "more like this": the films that share the most keywords, genres and
 * people (cast, and the crew who directed or wrote) with a film, weighted by their
 * popularity (votes), each with what it shares; the one ranking and the one mapping of a
 * {@link SimilarFilm}, for {@code GET /films/{id}/similar} ({@link SimilarFilms}) and the
 * title page ({@code include=similar}: its first {@value #FIRST_PAGE}, as
 * {@link MoreLikeThis}).
 * <p>
 * Candidates come from the film's facts through their indexes, each fact yielding a
 * bounded number of films: the films of each of its first 30 keywords (100 each), of its
 * first 15 billed cast and 10 directors and writers (50 each, as cast and as crew), and
 * the 100 most voted films sharing a genre among the catalogue's 2,000 or so most voted
 * (a film of rare genres, or of none, would otherwise walk the whole catalogue): those
 * are found by walking the votes index from the most voted down, each film's genres
 * checked on its row, which stops at the hundredth (1,376 rows for a comedy of the
 * benchmark's 100,000 titles, an eighth of them comedies and half of those episodes; at
 * most the 2,000 or so). The genres' condition is wrapped in {@code coalesce} so that
 * PostgreSQL cannot answer it from the GIN index on {@code film.genres}: it would, and
 * then read every film of the genre (15,000 comedies at 100,000 titles, ten times as many
 * at a million) to keep the few hundred among the most voted, about four times the cost
 * of the walk for a comedy at 100,000 titles (docs/benchmarks.md; a film of rare genres
 * only pays the walk's bound instead, about a millisecond). The genre candidates keep the
 * columns their score needs from the rows the walk read; only the others are looked up.
 * Each is scored by what it shares with the film:
 * {@code (3 × people + 2 × keywords + genres) × (1 + log10(1 + votes) / 2)}. A keyword or
 * person with more films than its bound contributes through those it reached; episodes
 * are left out, as a film is not like one episode of a series.
 * <p>
 * On the title page the ranking is computed once ({@link #common()}) for the films shown
 * and for the page's ETag, which covers what the section shows: the versions of the films
 * and people shown, and the ranking itself (each film's score and the keywords and people
 * it shares), which other films' writes can change without any film shown changing.
 */
@Component
class SimilarRows extends SectionProjection {

	/**
	 * How many similar films the title page shows.
	 */
	static final int FIRST_PAGE = 10;

	static final Embedding EMBEDDING = new Embedding(200, "similar", TitlePageSection.Shape.ONE, MoreLikeThis.class);

	/**
	 * The films most like the one film {@code %1$s} selects, after {@code %2$s} (a
	 * {@code WHERE} on {@code s.score} and {@code s.id}, or nothing), at most
	 * {@code %3$s} of them: a row of the film ({@code target_id}) with each, or one row
	 * with {@code NULL}s for a film like no other.
	 */
	private static final String RANKED = """
			WITH target AS (
			    SELECT f.id, f.genres FROM film f WHERE %1$s
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
			    SELECT f.id AS film_id, f.genres, f.rating_votes FROM film f
			    WHERE coalesce(f.genres && (SELECT t.genres FROM target t), false) AND f.type <> 'tvEpisode'
			      AND (SELECT cardinality(t.genres) FROM target t) > 0
			      AND f.rating_votes >= coalesce((SELECT v.rating_votes FROM film v
			                                      ORDER BY v.rating_votes DESC, v.id DESC OFFSET 2000 LIMIT 1), 0)
			    ORDER BY f.rating_votes DESC, f.id DESC LIMIT 100
			), candidate AS (
			    SELECT f.id, f.genres, f.rating_votes FROM film f
			    WHERE f.id IN (SELECT film_id FROM by_keyword UNION SELECT film_id FROM by_person
			                   EXCEPT SELECT film_id FROM by_genre)
			      AND f.type <> 'tvEpisode'
			    UNION ALL
			    SELECT film_id, genres, rating_votes FROM by_genre
			), scored AS (
			    SELECT f.id, coalesce(k.keyword_ids, '{}') AS keyword_ids, coalesce(p.person_ids, '{}') AS person_ids,
			        g.genres AS shared_genres,
			        round(((3 * cardinality(coalesce(p.person_ids, '{}')) + 2 * cardinality(coalesce(k.keyword_ids, '{}'))
			            + cardinality(g.genres)) * (1 + log(1 + f.rating_votes) / 2))::numeric, 3) AS score
			    FROM candidate f
			    CROSS JOIN target t
			    LEFT JOIN by_keyword k ON k.film_id = f.id
			    LEFT JOIN by_person p ON p.film_id = f.id
			    CROSS JOIN LATERAL (SELECT ARRAY(SELECT g FROM unnest(f.genres) g WHERE g = ANY (t.genres)) AS genres) g
			    WHERE f.id <> t.id
			), ranked AS (
			    SELECT s.* FROM scored s %2$s ORDER BY s.score DESC, s.id LIMIT %3$s
			)
			SELECT t.id AS target_id, r.id, r.score, r.shared_genres, r.keyword_ids, r.person_ids
			FROM target t LEFT JOIN ranked r ON true""";

	/**
	 * The ranked films ({@link #RANKED}) as {@code alike}, each with its summary and what
	 * it shares, without a {@code WHERE}.
	 */
	private static final String SELECT = "SELECT r.target_id AS similar_of, r.score, r.shared_genres, "
			+ FilmCatalog.COLUMNS + ", (SELECT json_agg(json_build_object('slug', k.slug, 'name', k.name) "
			+ "ORDER BY k.slug) FROM keyword k WHERE k.id = ANY (r.keyword_ids)) AS shared_keywords, "
			+ "(SELECT json_agg(json_build_object('id', p.id, 'imdbId', p.imdb_id, 'name', p.name) ORDER BY p.name, "
			+ "p.id) FROM person p WHERE p.id = ANY (r.person_ids)) AS shared_people, f.languages[1] AS similar_language, "
			+ "(SELECT json_agg(json_build_object('language', t.language, 'title', t.title) ORDER BY t.id) "
			+ "FROM film_translation t WHERE t.film_id = f.id) AS similar_titles FROM alike r LEFT JOIN film f ON f.id = r.id";

	private static final String ORDER = "ORDER BY r.score DESC NULLS FIRST, r.id";

	private static final TypeReference<List<KeywordRef>> KEYWORDS = new TypeReference<>() {
	};

	private static final TypeReference<List<PersonRef>> PEOPLE = new TypeReference<>() {
	};

	private static final TypeReference<List<SimilarFilm.TranslatedTitle>> TITLES = new TypeReference<>() {
	};

	private final JsonMapper json;

	SimilarRows(JdbcClient jdbc, JsonMapper json) {
		super(jdbc, EMBEDDING);
		this.json = json;
	}

	/**
	 * The films most like the film {@code film} selects (a condition on the film
	 * {@code f}), the most alike first, after {@code keyset} (a condition on the score
	 * {@code s.score} and id {@code s.id}, or nothing), at most {@code limit} of them (a
	 * parameter or a number): a statement whose answer has one row with no film for a
	 * film like no other, and none for no film.
	 */
	static String sql(String film, String keyset, String limit) {
		return "WITH alike AS (" + RANKED.formatted(film, keyset.isEmpty() ? "" : "WHERE " + keyset, limit) + ")\n"
				+ SELECT + " " + ORDER;
	}

	@Override
	public List<Common> common() {
		return List.of(new Common("alike", (film) -> RANKED.formatted("f.id = " + film, "", FIRST_PAGE + 1)));
	}

	@Override
	public List<Rows<?>> rows() {
		return List.of(new Rows<>(SELECT, "r.target_id", ORDER, (rs, row) -> ranked(rs)));
	}

	/**
	 * The films shown, each with its version and, in its kind, its score and the keywords
	 * and people it shares (which other films' writes can change: a film gaining a
	 * keyword can move the others); and the versions of the people shown.
	 */
	@Override
	public List<Shown> shown() {
		return List.of(
				new Shown(
						"SELECT 'similar ' || r.score || ' ' || r.keyword_ids::text || ' ' || "
								+ "r.person_ids::text AS kind, f.id, f.version FROM alike r JOIN film f ON f.id = r.id",
						"r.target_id"),
				new Shown(
						"SELECT '" + ETags.Shown.PERSON
								+ "' AS kind, p.id, p.version FROM alike r JOIN person p ON p.id = ANY (r.person_ids)",
						"r.target_id"));
	}

	@Override
	public MoreLikeThis assemble(List<List<?>> rows) {
		List<Ranked> ranked = rows.get(0).stream().map(Ranked.class::cast).toList();
		List<SimilarFilm> films = ranked.stream().map(Ranked::similar).filter(Objects::nonNull).toList();
		return MoreLikeThis.of(ranked.isEmpty() ? 0 : ranked.get(0).filmId(), films, FIRST_PAGE);
	}

	/**
	 * The film's first similar films alone, as the title page shows them: one statement.
	 */
	@Override
	public MoreLikeThis read(long filmId) {
		List<Ranked> ranked = this.jdbc.sql(sql("f.id = :film", "", Integer.toString(FIRST_PAGE + 1)))
			.param("film", filmId)
			.query((rs, row) -> ranked(rs))
			.list();
		return assemble(List.of(ranked));
	}

	/**
	 * The film at the row; {@code null} on the one row of a film like no other: the one
	 * mapping of a similar film.
	 */
	@Nullable SimilarFilm similar(ResultSet rs) throws SQLException {
		if (rs.getObject("id") == null) {
			return null;
		}
		String keywords = rs.getString("shared_keywords");
		String people = rs.getString("shared_people");
		String titles = rs.getString("similar_titles");
		return new SimilarFilm(FilmCatalog.summary(rs), rs.getBigDecimal("score"),
				new SimilarFilm.SharedFacts((keywords != null) ? this.json.readValue(keywords, KEYWORDS) : List.of(),
						SqlArrays.strings(rs.getArray("shared_genres")),
						(people != null) ? this.json.readValue(people, PEOPLE) : List.of()),
				new SimilarFilm.Titles(rs.getString("similar_language"),
						(titles != null) ? this.json.readValue(titles, TITLES) : List.of()));
	}

	private Ranked ranked(ResultSet rs) throws SQLException {
		return new Ranked(rs.getLong("similar_of"), similar(rs));
	}

	/**
	 * A row of the ranking: the film it is of, and a film like it, if any.
	 */
	private record Ranked(long filmId, @Nullable SimilarFilm similar) {

	}

}
