-- People and companies without an IMDb id are matched by exact name, compared in Unicode NFC so that the composed
-- and the decomposed spelling of "Amélie" are one person. The match looks names up through these indexes (partial:
-- only the rows without an IMDb id are ever matched by name). Names are stored in NFC from now on; rows stored
-- before keep their bytes and are still found, since the index normalizes them.
-- Building them reads the whole table once: at IMDb's size longer than the application's statement_timeout.
SET LOCAL statement_timeout = 0;

CREATE INDEX person_name_nfc_idx ON person (normalize(name, NFC)) WHERE imdb_id IS NULL;
DROP INDEX person_name_idx;
CREATE INDEX company_name_nfc_idx ON company (normalize(name, NFC)) WHERE imdb_id IS NULL;
