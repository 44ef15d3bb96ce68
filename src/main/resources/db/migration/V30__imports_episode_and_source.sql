-- IMDb's title.episode: an episode points at its series, with season and episode numbers when known.
ALTER TABLE film
    ADD COLUMN series_film_id  bigint REFERENCES film (id) ON DELETE SET NULL,
    ADD COLUMN season_number   integer,
    ADD COLUMN episode_number  integer,
    -- Where the film's facts came from: 'imdb' once a dataset import wrote it. Only such films are candidates
    -- for "delete titles absent from a newer snapshot", so hand-made films (the demo) are never swept away.
    ADD COLUMN import_source   varchar(16),
    ADD CONSTRAINT film_season_number_non_negative CHECK (season_number >= 0),
    ADD CONSTRAINT film_episode_number_non_negative CHECK (episode_number >= 0);

CREATE INDEX film_series_idx ON film (series_film_id, season_number, episode_number) WHERE series_film_id IS NOT NULL;
CREATE INDEX film_import_source_idx ON film (import_source) WHERE import_source IS NOT NULL;
