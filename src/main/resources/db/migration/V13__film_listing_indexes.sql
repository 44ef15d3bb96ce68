-- Keyset paging of GET /api/v1/films: one (sort key, id) index per sort, walked from the cursor on.
-- Nullable keys are coalesced to a sentinel beyond every real value so films without one come last;
-- ascending and descending need different sentinels, hence two indexes for year and for rating.
DROP INDEX film_release_year_idx;
DROP INDEX film_rating_votes_idx;

CREATE INDEX film_title_id_idx ON film (title, id);
CREATE INDEX film_votes_id_idx ON film (rating_votes, id);
CREATE INDEX film_year_asc_idx ON film ((coalesce(release_year, 32767)), id);
CREATE INDEX film_year_desc_idx ON film ((coalesce(release_year, -1)), id);
CREATE INDEX film_rating_asc_idx ON film ((coalesce(rating_average, 99)), id);
CREATE INDEX film_rating_desc_idx ON film ((coalesce(rating_average, -1)), id);
