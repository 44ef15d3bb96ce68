-- The statement behind GET /api/v1/search?q=last%20garden&type=film (dev.marquee.search.SearchSql), bare.
BEGIN;
SELECT set_config('pg_trgm.similarity_threshold', '0.3', true),
       set_config('pg_trgm.word_similarity_threshold', '0.6', true);
SELECT 'film' AS kind, f.id, f.imdb_id, f.title AS name, f.release_year, f.type AS film_type,
       b.matched, b.match_rank, b.score, f.rating_votes::bigint AS popularity
FROM (
    SELECT DISTINCT ON (t.film_id) t.film_id, t.matched, t.source,
           CASE WHEN t.folded = marquee_fold('last garden') THEN 0
                WHEN starts_with(t.folded, marquee_fold('last garden')) THEN 1 ELSE 2 END AS match_rank,
           greatest(similarity(t.folded, marquee_fold('last garden')),
                    word_similarity(marquee_fold('last garden'), t.folded)) AS score
    FROM (
        SELECT id AS film_id, title AS matched, 0 AS source, marquee_fold(title) AS folded
        FROM film
        WHERE marquee_fold(title) % marquee_fold('last garden') OR marquee_fold('last garden') <% marquee_fold(title)
        UNION ALL
        SELECT film_id, title, 1, marquee_fold(title)
        FROM alternate_title
        WHERE marquee_fold(title) % marquee_fold('last garden') OR marquee_fold('last garden') <% marquee_fold(title)
    ) t
    ORDER BY t.film_id, match_rank, score DESC, t.source
) b
JOIN film f ON f.id = b.film_id
ORDER BY match_rank, round(score::numeric, 1) DESC, popularity DESC, kind, id
LIMIT 20;
COMMIT;
