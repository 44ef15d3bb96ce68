-- A person's filmography is read newest film first, a page at a time. Its order's key was the film's year, which
-- lives in film: every page joined and sorted all of the person's credits, so a page of a prolific person cost in
-- proportion to their credits (3,300 at a million titles: 60 ms a page, every credit and its film a page of their
-- own read). Each credit now carries its film's key (-release_year, 1 for an undated film: newest first as one
-- ascending key, undated last), indexed after the person, so a page reads its own rows and no others. Triggers keep
-- the copy: a credit written without it gets its film's, a credit moved to another film gets the new film's, and a
-- film whose year changes passes it to its credits. The import writes the key with the rows it inserts in bulk.
--
-- Filling the key rewrites every credit: at IMDb's size far longer than the application's statement_timeout, which
-- this migration's transaction lifts for itself.
SET LOCAL statement_timeout = 0;
ALTER TABLE cast_credit ADD COLUMN film_year_key integer;
ALTER TABLE crew_credit ADD COLUMN film_year_key integer;
-- Written once, not kept up to date through the fill: the person's old index goes first and the new one is built
-- after it, and the search outbox's triggers, which compare every row's person before and after (the fill changes
-- none), sit the fill out.
DROP INDEX cast_credit_person_idx;
DROP INDEX crew_credit_person_idx;
ALTER TABLE cast_credit DISABLE TRIGGER cast_credit_search_update;
ALTER TABLE crew_credit DISABLE TRIGGER crew_credit_search_update;
UPDATE cast_credit c SET film_year_key = -coalesce(f.release_year, -1) FROM film f WHERE f.id = c.film_id;
UPDATE crew_credit c SET film_year_key = -coalesce(f.release_year, -1) FROM film f WHERE f.id = c.film_id;
ALTER TABLE cast_credit ENABLE TRIGGER cast_credit_search_update;
ALTER TABLE crew_credit ENABLE TRIGGER crew_credit_search_update;
ALTER TABLE cast_credit ALTER COLUMN film_year_key SET NOT NULL;
ALTER TABLE crew_credit ALTER COLUMN film_year_key SET NOT NULL;

CREATE FUNCTION credit_film_year_key() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT -coalesce(f.release_year, -1) INTO NEW.film_year_key FROM film f WHERE f.id = NEW.film_id;
    RETURN NEW;
END $$;

CREATE TRIGGER cast_credit_film_year_key BEFORE INSERT ON cast_credit
    FOR EACH ROW WHEN (NEW.film_year_key IS NULL) EXECUTE FUNCTION credit_film_year_key();
CREATE TRIGGER cast_credit_film_moved BEFORE UPDATE OF film_id ON cast_credit
    FOR EACH ROW WHEN (NEW.film_id IS DISTINCT FROM OLD.film_id) EXECUTE FUNCTION credit_film_year_key();
CREATE TRIGGER crew_credit_film_year_key BEFORE INSERT ON crew_credit
    FOR EACH ROW WHEN (NEW.film_year_key IS NULL) EXECUTE FUNCTION credit_film_year_key();
CREATE TRIGGER crew_credit_film_moved BEFORE UPDATE OF film_id ON crew_credit
    FOR EACH ROW WHEN (NEW.film_id IS DISTINCT FROM OLD.film_id) EXECUTE FUNCTION credit_film_year_key();

-- Per statement, from the rows it changed: an import that updates thousands of films passes their years on in one
-- join, also while it writes in bulk, when the credits' film index is dropped and one update per film would read
-- the whole table each time. (The film's search trigger already keeps the statement's old and new rows.)
CREATE FUNCTION film_year_key_to_credits() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    moved bigint[];
    year_keys integer[];
BEGIN
    SELECT array_agg(n.id), array_agg(-coalesce(n.release_year, -1)) INTO moved, year_keys
    FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE n.release_year IS DISTINCT FROM o.release_year;
    IF moved IS NOT NULL THEN
        UPDATE cast_credit c SET film_year_key = m.year_key
        FROM unnest(moved, year_keys) AS m (film_id, year_key) WHERE c.film_id = m.film_id;
        UPDATE crew_credit c SET film_year_key = m.year_key
        FROM unnest(moved, year_keys) AS m (film_id, year_key) WHERE c.film_id = m.film_id;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER film_year_key_to_credits AFTER UPDATE ON film REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION film_year_key_to_credits();

-- The person's index, ordered for the filmography; it serves every lookup by person the old one did.
CREATE INDEX cast_credit_person_order_idx ON cast_credit (person_id, film_year_key, film_id, id);
CREATE INDEX crew_credit_person_order_idx ON crew_credit (person_id, film_year_key, film_id, id);
