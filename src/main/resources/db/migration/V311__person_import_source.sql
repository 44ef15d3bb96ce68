-- Where a person's facts came from: 'imdb' once a dataset import wrote them. Only such people are candidates for
-- "delete people absent from a newer snapshot", so people made through the API are never swept away.
ALTER TABLE person ADD COLUMN import_source varchar(16);
