-- Search compares folded text (marquee_fold: lower case, accents removed). Until now the trigram indexes were built
-- on the expression marquee_fold(title), so every candidate row that an index scan had to recheck, and every row
-- that was scored, called unaccent again: at a million titles that was most of a search's time. The folded text
-- is now stored next to the text it folds (a generated column, so no writer can forget it), and indexed as such:
--  * a btree in byte order ("C" collation) answers exact and prefix matches, and ordered prefix scans;
--  * a GiST trigram index answers the similarity operators (%, <%) AND orders by trigram distance (<->, <<->),
--    so that a query returns its N closest titles without scoring every title that shares a trigram with it.
-- The full-text (to_tsvector) indexes of V2, V3 and V10 were never used by a query: dropped, they cost every import.
-- Rewriting the tables and building the indexes takes minutes on a catalogue of millions of titles: more than the
-- application's statement_timeout (application.yml), which this migration's transaction lifts for itself.
SET LOCAL statement_timeout = 0;

ALTER TABLE film ADD COLUMN title_folded text GENERATED ALWAYS AS (marquee_fold(title)) STORED;
ALTER TABLE alternate_title ADD COLUMN title_folded text GENERATED ALWAYS AS (marquee_fold(title)) STORED;
ALTER TABLE person ADD COLUMN name_folded text GENERATED ALWAYS AS (marquee_fold(name)) STORED;

DROP INDEX film_title_trgm_idx;
DROP INDEX film_title_fts_idx;
DROP INDEX alternate_title_trgm_idx;
DROP INDEX alternate_title_fts_idx;
DROP INDEX person_name_trgm_idx;
DROP INDEX person_name_fts_idx;

CREATE INDEX film_title_folded_idx ON film (title_folded COLLATE "C");
CREATE INDEX film_title_folded_trgm_idx ON film USING gist (title_folded gist_trgm_ops);
CREATE INDEX alternate_title_folded_idx ON alternate_title (title_folded COLLATE "C");
CREATE INDEX alternate_title_folded_trgm_idx ON alternate_title USING gist (title_folded gist_trgm_ops);
CREATE INDEX person_name_folded_idx ON person (name_folded COLLATE "C");
CREATE INDEX person_name_folded_trgm_idx ON person USING gist (name_folded gist_trgm_ops);
