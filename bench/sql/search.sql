-- The statement behind GET /api/v1/search?q=last%20garden&type=film (dev.marquee.search.SearchSql), bare.
BEGIN;
SELECT set_config('pg_trgm.similarity_threshold', '0.3', true),
       set_config('pg_trgm.word_similarity_threshold', '0.6', true);
SELECT * FROM (SELECT 'film' AS kind, f.id, f.imdb_id, f.title AS name, f.release_year, f.type AS film_type,
       b.matched, b.match_rank, b.score, f.rating_votes::bigint AS popularity
FROM (
    SELECT DISTINCT ON (t.key) t.key, t.matched, t.source,
CASE WHEN t.folded = marquee_fold('last garden') THEN 0
     WHEN starts_with(t.folded, marquee_fold('last garden')) THEN 1 ELSE 2 END AS match_rank,
greatest(similarity(t.folded, marquee_fold('last garden')), word_similarity(marquee_fold('last garden'), t.folded)) AS score

    FROM (
(SELECT id AS key, title AS matched, 0 AS source, title_folded AS folded FROM film WHERE title_folded COLLATE "C" = marquee_fold('last garden'))
UNION ALL
(SELECT id AS key, title AS matched, 0 AS source, title_folded AS folded FROM film WHERE starts_with(title_folded COLLATE "C", marquee_fold('last garden')) AND title_folded COLLATE "C" <> marquee_fold('last garden')
   AND (similarity(title_folded, marquee_fold('last garden')) >= current_setting('pg_trgm.similarity_threshold')::real
 OR word_similarity(marquee_fold('last garden'), title_folded) >= current_setting('pg_trgm.word_similarity_threshold')::real)
 ORDER BY title_folded COLLATE "C" LIMIT 200)
UNION ALL
(SELECT id AS key, title AS matched, 0 AS source, title_folded AS folded FROM film WHERE title_folded % marquee_fold('last garden') ORDER BY title_folded <-> marquee_fold('last garden') LIMIT 200)
UNION ALL
(SELECT id AS key, title AS matched, 0 AS source, title_folded AS folded FROM film WHERE marquee_fold('last garden') <% title_folded ORDER BY marquee_fold('last garden') <<-> title_folded LIMIT 200)

UNION ALL
(SELECT film_id AS key, title AS matched, 1 AS source, title_folded AS folded FROM alternate_title WHERE title_folded COLLATE "C" = marquee_fold('last garden'))
UNION ALL
(SELECT film_id AS key, title AS matched, 1 AS source, title_folded AS folded FROM alternate_title WHERE starts_with(title_folded COLLATE "C", marquee_fold('last garden')) AND title_folded COLLATE "C" <> marquee_fold('last garden')
   AND (similarity(title_folded, marquee_fold('last garden')) >= current_setting('pg_trgm.similarity_threshold')::real
 OR word_similarity(marquee_fold('last garden'), title_folded) >= current_setting('pg_trgm.word_similarity_threshold')::real)
 ORDER BY title_folded COLLATE "C" LIMIT 200)
UNION ALL
(SELECT film_id AS key, title AS matched, 1 AS source, title_folded AS folded FROM alternate_title WHERE title_folded % marquee_fold('last garden') ORDER BY title_folded <-> marquee_fold('last garden') LIMIT 200)
UNION ALL
(SELECT film_id AS key, title AS matched, 1 AS source, title_folded AS folded FROM alternate_title WHERE marquee_fold('last garden') <% title_folded ORDER BY marquee_fold('last garden') <<-> title_folded LIMIT 200)

    ) t
    ORDER BY t.key, match_rank, score DESC, t.source
) b
JOIN film f ON f.id = b.key
) h
ORDER BY match_rank, round(score::numeric, 1) DESC, popularity DESC, kind, id
LIMIT 20
;
COMMIT;
