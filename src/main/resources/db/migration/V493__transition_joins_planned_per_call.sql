-- The statement triggers that join a statement's old and new rows (the search outbox's on updates, and the one
-- passing a film's new year to its credits) ran that join with a plan PL/pgSQL made once and kept. A query on a
-- transition table is planned with the rows the table held at that call: after a statement that updated no film
-- (an upsert that inserted only, a "cleared" update that matched nothing) the kept plan was a nested loop for one
-- row each side, and the next statement that updated a hundred thousand films compared every old row with every
-- new one: a first load's ratings merge ran for over seven minutes at a million titles instead of six seconds,
-- and 66,667 films renamed in one statement took over ten minutes instead of three seconds. EXECUTE plans each
-- call with the rows it has; a statement pays that planning once, however many rows it writes.

CREATE OR REPLACE FUNCTION search_outbox_film_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF search_outbox_enabled() THEN
        IF TG_OP = 'INSERT' THEN
            INSERT INTO search_outbox (kind, id) SELECT DISTINCT 'f', n.id FROM new_rows n;
        ELSIF TG_OP = 'DELETE' THEN
            INSERT INTO search_outbox (kind, id) SELECT DISTINCT 'f', o.id FROM old_rows o;
        ELSE
            -- Only what the index holds of a film: most writes (sections bump the film's version) change none of it.
            EXECUTE $sql$
                INSERT INTO search_outbox (kind, id)
                SELECT DISTINCT 'f', n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
                WHERE (n.imdb_id, n.title, n.original_title, n.type, n.release_year, n.rating_votes)
                      IS DISTINCT FROM (o.imdb_id, o.title, o.original_title, o.type, o.release_year, o.rating_votes)
            $sql$;
        END IF;
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION search_outbox_alternate_title_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF search_outbox_enabled() THEN
        IF TG_OP = 'INSERT' THEN
            INSERT INTO search_outbox (kind, id) SELECT DISTINCT 'f', n.film_id FROM new_rows n;
        ELSIF TG_OP = 'DELETE' THEN
            INSERT INTO search_outbox (kind, id) SELECT DISTINCT 'f', o.film_id FROM old_rows o;
        ELSE
            EXECUTE $sql$
                INSERT INTO search_outbox (kind, id)
                SELECT DISTINCT 'f', f.film_id
                FROM new_rows n JOIN old_rows o ON o.id = n.id,
                     LATERAL (VALUES (n.film_id), (o.film_id)) f (film_id)
                WHERE (n.film_id, n.title) IS DISTINCT FROM (o.film_id, o.title)
            $sql$;
        END IF;
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION search_outbox_person_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF search_outbox_enabled() THEN
        IF TG_OP = 'INSERT' THEN
            INSERT INTO search_outbox (kind, id) SELECT DISTINCT 'p', n.id FROM new_rows n;
        ELSIF TG_OP = 'DELETE' THEN
            INSERT INTO search_outbox (kind, id) SELECT DISTINCT 'p', o.id FROM old_rows o;
        ELSE
            EXECUTE $sql$
                INSERT INTO search_outbox (kind, id)
                SELECT DISTINCT 'p', n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
                WHERE (n.imdb_id, n.name) IS DISTINCT FROM (o.imdb_id, o.name)
            $sql$;
        END IF;
    END IF;
    RETURN NULL;
END $$;

-- A person's popularity is the number of their cast and crew credits.
CREATE OR REPLACE FUNCTION search_outbox_credit_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF search_outbox_enabled() THEN
        IF TG_OP = 'INSERT' THEN
            INSERT INTO search_outbox (kind, id) SELECT DISTINCT 'p', n.person_id FROM new_rows n;
        ELSIF TG_OP = 'DELETE' THEN
            INSERT INTO search_outbox (kind, id) SELECT DISTINCT 'p', o.person_id FROM old_rows o;
        ELSE
            EXECUTE $sql$
                INSERT INTO search_outbox (kind, id)
                SELECT DISTINCT 'p', p.person_id
                FROM new_rows n JOIN old_rows o ON o.id = n.id,
                     LATERAL (VALUES (n.person_id), (o.person_id)) p (person_id)
                WHERE n.person_id IS DISTINCT FROM o.person_id
            $sql$;
        END IF;
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION film_year_key_to_credits() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    moved bigint[];
    year_keys integer[];
BEGIN
    EXECUTE $sql$
        SELECT array_agg(n.id), array_agg(-coalesce(n.release_year, -1))
        FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE n.release_year IS DISTINCT FROM o.release_year
    $sql$ INTO moved, year_keys;
    IF moved IS NOT NULL THEN
        -- Planned for the films at hand too: their credits through the film index, or in one join while a bulk
        -- write has dropped it.
        EXECUTE $sql$
            UPDATE cast_credit c SET film_year_key = m.year_key
            FROM unnest($1, $2) AS m (film_id, year_key) WHERE c.film_id = m.film_id
        $sql$ USING moved, year_keys;
        EXECUTE $sql$
            UPDATE crew_credit c SET film_year_key = m.year_key
            FROM unnest($1, $2) AS m (film_id, year_key) WHERE c.film_id = m.film_id
        $sql$ USING moved, year_keys;
    END IF;
    RETURN NULL;
END $$;
