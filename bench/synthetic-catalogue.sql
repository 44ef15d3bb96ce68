-- A synthetic catalogue for quick measurements: :films films (default 100000) with titles, years,
-- ratings and genres, 20,000 people, and 100 cast + 20 crew credits on the film tt8000001.
-- Run with psql -v films=100000 -f bench/synthetic-catalogue.sql against a Marquee database.
-- Ids tt8xxxxxx / nm8xxxxxx keep it apart from real data; running it twice changes nothing.
\if :{?films}
\else
  \set films 100000
\endif

INSERT INTO film (imdb_id, title, original_title, type, release_year, runtime_minutes, genres, countries,
                  languages, rating_average, rating_votes)
SELECT 'tt' || (8000000 + n),
       initcap(w1.word || ' ' || w2.word || ' ' || w3.word),
       NULL,
       (ARRAY['movie','movie','movie','short','tvSeries','tvEpisode','tvMovie','video'])[1 + n % 8],
       CASE WHEN n % 37 = 0 THEN NULL ELSE 1920 + n % 105 END,
       60 + n % 120,
       ARRAY[(ARRAY['Drama','Comedy','Action','Romance','Thriller','Documentary','Music','Horror'])[1 + n % 8]],
       ARRAY[(ARRAY['US','GB','FR','DE','JP','IN','IT','ES'])[1 + n % 8]],
       ARRAY[(ARRAY['en','en','fr','de','ja','hi','it','es'])[1 + n % 8]],
       CASE WHEN n % 11 = 0 THEN NULL ELSE round((1 + (n * 7919 % 90) / 10.0)::numeric, 1) END,
       ((n::bigint * 104729) % 2000000)::int
FROM generate_series(1, :films) AS n
CROSS JOIN LATERAL (SELECT (ARRAY['the','last','night','city','love','river','dark','star','song','road',
                                  'blue','dream','king','house','summer','fire','silent','golden','lost','wild'])[1 + n % 20] AS word) w1
CROSS JOIN LATERAL (SELECT (ARRAY['of','in','under','beyond','after','before','without','for'])[1 + (n / 20) % 8] AS word) w2
CROSS JOIN LATERAL (SELECT (ARRAY['paris','time','shadows','memory','tomorrow','glass','thunder','heaven',
                                  'echoes','winter','ashes','angels','wolves','mirrors','kingdom','rain'])[1 + (n / 160) % 16]
                           || ' ' || n AS word) w3
ON CONFLICT (imdb_id) DO NOTHING;

INSERT INTO person (imdb_id, name)
SELECT 'nm' || (8000000 + n), 'Performer ' || n
FROM generate_series(1, 20000) AS n
ON CONFLICT (imdb_id) DO NOTHING;

-- The title page of tt8000001: 100 actors and 20 crew.
DELETE FROM cast_credit WHERE film_id = (SELECT id FROM film WHERE imdb_id = 'tt8000001');
DELETE FROM crew_credit WHERE film_id = (SELECT id FROM film WHERE imdb_id = 'tt8000001');
INSERT INTO cast_credit (film_id, person_id, billing_order, characters)
SELECT f.id, p.id, n, ARRAY['Character ' || n]
FROM generate_series(1, 100) AS n
JOIN person p ON p.imdb_id = 'nm' || (8000000 + n)
CROSS JOIN (SELECT id FROM film WHERE imdb_id = 'tt8000001') f;
INSERT INTO crew_credit (film_id, person_id, department, job, position)
SELECT f.id, p.id, (ARRAY['directing','writing','producing','music','editing'])[1 + n % 5], 'Crew ' || n, n
FROM generate_series(1, 20) AS n
JOIN person p ON p.imdb_id = 'nm' || (8000100 + n)
CROSS JOIN (SELECT id FROM film WHERE imdb_id = 'tt8000001') f;

ANALYZE film;
ANALYZE person;
ANALYZE cast_credit;
ANALYZE crew_credit;
