SELECT f.id, f.imdb_id, f.title, f.type, f.release_year, f.runtime_minutes, f.genres, f.rating_average, f.rating_votes
FROM film f ORDER BY f.title ASC, f.id ASC LIMIT 21;
