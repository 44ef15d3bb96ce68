-- The byte-order btrees on the folded title and name served prefix matching in the SQL search that the search
-- index replaced. No query uses them now (the film listing's and people directory's name filters use the trigram
-- indexes beside them), yet every import built and wrote them: 12 million titles and 15 million people at IMDb's size.
DROP INDEX film_title_folded_idx;
DROP INDEX person_name_folded_idx;
