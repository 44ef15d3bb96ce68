\set n random(1, :titles)
SELECT f.id, f.imdb_id, f.title, f.original_title, f.type, f.release_year, f.end_year, f.runtime_minutes, f.plot,
       f.genres, f.countries, f.languages, f.color, f.sound_mixes, f.aspect_ratio, f.adult, f.rating_average,
       f.rating_votes, f.version, f.created_at, f.updated_at, s.label, s.url
FROM film f LEFT JOIN film_official_site s ON s.film_id = f.id
WHERE f.imdb_id = 'tt' || lpad(:n::text, 7, '0');
