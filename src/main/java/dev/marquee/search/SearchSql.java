package dev.marquee.search;

/**
 * The SQL of search, in one place. Every text is compared folded ({@code marquee_fold}:
 * lower case, accents removed), the same expression the trigram indexes are built on, so
 * that {@code %} (similarity of the whole text) and {@code <%} (similarity of the query
 * to the best-matching run of words, which suits multi-word queries and prefixes) are
 * answered from the GIN indexes {@code film_title_trgm_idx},
 * {@code alternate_title_trgm_idx} and {@code person_name_trgm_idx}. Their thresholds are
 * set per transaction ({@link #THRESHOLDS}).
 * <p>
 * Each candidate gets a match rank (0 exact, 1 prefix, 2 fuzzy) and a score, the greater
 * of its similarity and word similarity. Ranking is by match rank, then score in steps of
 * 0.1 (so a close match is not buried under a popular loose one), then popularity (film:
 * rating votes; person: number of credits), then kind and id for a stable order.
 */
final class SearchSql {

	private SearchSql() {
	}

	static final String THRESHOLDS = """
			SELECT set_config('pg_trgm.similarity_threshold', '0.3', true),
			       set_config('pg_trgm.word_similarity_threshold', '0.6', true)
			""";

	/**
	 * Films whose title or an alternate title matches {@code :q}, best title per film.
	 */
	static final String FILMS = """
			SELECT 'film' AS kind, f.id, f.imdb_id, f.title AS name, f.release_year, f.type AS film_type,
			       b.matched, b.match_rank, b.score, f.rating_votes::bigint AS popularity
			FROM (
			    SELECT DISTINCT ON (t.film_id) t.film_id, t.matched, t.source,
			           CASE WHEN t.folded = marquee_fold(:q) THEN 0
			                WHEN starts_with(t.folded, marquee_fold(:q)) THEN 1 ELSE 2 END AS match_rank,
			           greatest(similarity(t.folded, marquee_fold(:q)),
			                    word_similarity(marquee_fold(:q), t.folded)) AS score
			    FROM (
			        SELECT id AS film_id, title AS matched, 0 AS source, marquee_fold(title) AS folded
			        FROM film
			        WHERE marquee_fold(title) % marquee_fold(:q) OR marquee_fold(:q) <% marquee_fold(title)
			        UNION ALL
			        SELECT film_id, title, 1, marquee_fold(title)
			        FROM alternate_title
			        WHERE marquee_fold(title) % marquee_fold(:q) OR marquee_fold(:q) <% marquee_fold(title)
			    ) t
			    ORDER BY t.film_id, match_rank, score DESC, t.source
			) b
			JOIN film f ON f.id = b.film_id
			""";

	/**
	 * People whose name matches {@code :q}.
	 */
	static final String PEOPLE = """
			SELECT 'person' AS kind, p.id, p.imdb_id, p.name, NULL::integer AS release_year,
			       NULL::varchar AS film_type, p.name AS matched,
			       CASE WHEN marquee_fold(p.name) = marquee_fold(:q) THEN 0
			            WHEN starts_with(marquee_fold(p.name), marquee_fold(:q)) THEN 1 ELSE 2 END AS match_rank,
			       greatest(similarity(marquee_fold(p.name), marquee_fold(:q)),
			                word_similarity(marquee_fold(:q), marquee_fold(p.name))) AS score,
			       (SELECT count(*) FROM cast_credit c WHERE c.person_id = p.id)
			         + (SELECT count(*) FROM crew_credit w WHERE w.person_id = p.id) AS popularity
			FROM person p
			WHERE marquee_fold(p.name) % marquee_fold(:q) OR marquee_fold(:q) <% marquee_fold(p.name)
			""";

	static final String RANKED = """
			ORDER BY match_rank, round(score::numeric, 1) DESC, popularity DESC, kind, id
			LIMIT :size
			""";

	/**
	 * Search-as-you-type ranks by where the query occurs: at the start of the title (0),
	 * at the start of a later word (1), or only similar (2); then by popularity.
	 */
	static final String SUGGEST = """
			SELECT h.id, h.imdb_id, h.name, h.release_year, h.film_type, h.matched
			FROM (%s) h
			ORDER BY CASE WHEN starts_with(marquee_fold(h.matched), marquee_fold(:q)) THEN 0
			              WHEN position(' ' || marquee_fold(:q) IN marquee_fold(h.matched)) > 0 THEN 1 ELSE 2 END,
			         h.popularity DESC, h.id
			LIMIT 10
			""".formatted(FILMS);

}
