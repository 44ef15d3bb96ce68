-- Search is answered from an embedded Lucene index that each application instance derives from these tables.
-- What keeps every index in step with PostgreSQL, whoever writes (the API, an import, psql) and however many
-- instances share the database, is written here, in the transaction of each write:
--  * search_outbox: one row per film or person whose searchable text or popularity a statement changed, with the
--    writing transaction's id. An instance remembers the snapshot (pg_current_snapshot) its index reflects; the
--    rows it still has to apply are exactly those whose transaction that snapshot does not see and a newer one
--    does, so no row is skipped however late its transaction commits.
--  * search_state.epoch: a new value tells every instance to rebuild its index from the tables, for writes too
--    large to go through the outbox (an import's bulk write turns the outbox off for its transaction and sets a
--    new epoch; a TRUNCATE does the same).
--  * search_state.pruned_through: the newest transaction id of outbox rows already deleted as old; an index whose
--    snapshot could still need one of them is rebuilt instead.
-- The statement-level triggers below read transition tables, so an import's set-based merge records its rows in
-- one INSERT … SELECT, not one trigger call per row.

CREATE TABLE search_outbox (
    tx_id        xid8         NOT NULL DEFAULT pg_current_xact_id(),
    kind         char(1)      NOT NULL,
    id           bigint       NOT NULL,
    recorded_at  timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT search_outbox_kind_known CHECK (kind IN ('f', 'p'))
);

CREATE INDEX search_outbox_tx_id_idx ON search_outbox (tx_id);
CREATE INDEX search_outbox_recorded_at_idx ON search_outbox (recorded_at);

CREATE TABLE search_state (
    singleton       boolean  PRIMARY KEY DEFAULT true,
    epoch           uuid     NOT NULL DEFAULT gen_random_uuid(),
    pruned_through  xid8     NOT NULL DEFAULT '0',
    CONSTRAINT search_state_singleton CHECK (singleton)
);

INSERT INTO search_state DEFAULT VALUES;

-- The outbox is off for a transaction that says so (SET LOCAL marquee.search_outbox = 'off'), which must then
-- set a new epoch itself.
CREATE FUNCTION search_outbox_enabled() RETURNS boolean
    LANGUAGE sql STABLE
    RETURN coalesce(current_setting('marquee.search_outbox', true), '') <> 'off';

CREATE FUNCTION search_outbox_film_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF search_outbox_enabled() THEN
        IF TG_OP = 'INSERT' THEN
            INSERT INTO search_outbox (kind, id) SELECT DISTINCT 'f', n.id FROM new_rows n;
        ELSIF TG_OP = 'DELETE' THEN
            INSERT INTO search_outbox (kind, id) SELECT DISTINCT 'f', o.id FROM old_rows o;
        ELSE
            -- Only what the index holds of a film: most writes (sections bump the film's version) change none of it.
            INSERT INTO search_outbox (kind, id)
            SELECT DISTINCT 'f', n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
            WHERE (n.imdb_id, n.title, n.original_title, n.type, n.release_year, n.rating_votes)
                  IS DISTINCT FROM (o.imdb_id, o.title, o.original_title, o.type, o.release_year, o.rating_votes);
        END IF;
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION search_outbox_alternate_title_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF search_outbox_enabled() THEN
        IF TG_OP = 'INSERT' THEN
            INSERT INTO search_outbox (kind, id) SELECT DISTINCT 'f', n.film_id FROM new_rows n;
        ELSIF TG_OP = 'DELETE' THEN
            INSERT INTO search_outbox (kind, id) SELECT DISTINCT 'f', o.film_id FROM old_rows o;
        ELSE
            INSERT INTO search_outbox (kind, id)
            SELECT DISTINCT 'f', f.film_id
            FROM new_rows n JOIN old_rows o ON o.id = n.id,
                 LATERAL (VALUES (n.film_id), (o.film_id)) f (film_id)
            WHERE (n.film_id, n.title) IS DISTINCT FROM (o.film_id, o.title);
        END IF;
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION search_outbox_person_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF search_outbox_enabled() THEN
        IF TG_OP = 'INSERT' THEN
            INSERT INTO search_outbox (kind, id) SELECT DISTINCT 'p', n.id FROM new_rows n;
        ELSIF TG_OP = 'DELETE' THEN
            INSERT INTO search_outbox (kind, id) SELECT DISTINCT 'p', o.id FROM old_rows o;
        ELSE
            INSERT INTO search_outbox (kind, id)
            SELECT DISTINCT 'p', n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
            WHERE (n.imdb_id, n.name) IS DISTINCT FROM (o.imdb_id, o.name);
        END IF;
    END IF;
    RETURN NULL;
END $$;

-- A person's popularity is the number of their cast and crew credits.
CREATE FUNCTION search_outbox_credit_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF search_outbox_enabled() THEN
        IF TG_OP = 'INSERT' THEN
            INSERT INTO search_outbox (kind, id) SELECT DISTINCT 'p', n.person_id FROM new_rows n;
        ELSIF TG_OP = 'DELETE' THEN
            INSERT INTO search_outbox (kind, id) SELECT DISTINCT 'p', o.person_id FROM old_rows o;
        ELSE
            INSERT INTO search_outbox (kind, id)
            SELECT DISTINCT 'p', p.person_id
            FROM new_rows n JOIN old_rows o ON o.id = n.id,
                 LATERAL (VALUES (n.person_id), (o.person_id)) p (person_id)
            WHERE n.person_id IS DISTINCT FROM o.person_id;
        END IF;
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION search_outbox_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE search_state SET epoch = gen_random_uuid();
    RETURN NULL;
END $$;

CREATE TRIGGER film_search_insert AFTER INSERT ON film REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_film_rows();
CREATE TRIGGER film_search_update AFTER UPDATE ON film REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_film_rows();
CREATE TRIGGER film_search_delete AFTER DELETE ON film REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_film_rows();
CREATE TRIGGER film_search_truncate AFTER TRUNCATE ON film
    FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_truncated();

CREATE TRIGGER alternate_title_search_insert AFTER INSERT ON alternate_title REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_alternate_title_rows();
CREATE TRIGGER alternate_title_search_update AFTER UPDATE ON alternate_title
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_alternate_title_rows();
CREATE TRIGGER alternate_title_search_delete AFTER DELETE ON alternate_title REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_alternate_title_rows();
CREATE TRIGGER alternate_title_search_truncate AFTER TRUNCATE ON alternate_title
    FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_truncated();

CREATE TRIGGER person_search_insert AFTER INSERT ON person REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_person_rows();
CREATE TRIGGER person_search_update AFTER UPDATE ON person REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_person_rows();
CREATE TRIGGER person_search_delete AFTER DELETE ON person REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_person_rows();
CREATE TRIGGER person_search_truncate AFTER TRUNCATE ON person
    FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_truncated();

CREATE TRIGGER cast_credit_search_insert AFTER INSERT ON cast_credit REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_credit_rows();
CREATE TRIGGER cast_credit_search_update AFTER UPDATE ON cast_credit REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_credit_rows();
CREATE TRIGGER cast_credit_search_delete AFTER DELETE ON cast_credit REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_credit_rows();
CREATE TRIGGER crew_credit_search_insert AFTER INSERT ON crew_credit REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_credit_rows();
CREATE TRIGGER crew_credit_search_update AFTER UPDATE ON crew_credit REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_credit_rows();
CREATE TRIGGER crew_credit_search_delete AFTER DELETE ON crew_credit REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_credit_rows();

-- The alternate titles are read from the index alone now: their folded column and its two indexes served only
-- the SQL search this index replaces, and cost every import of IMDb's 55 million alternate titles.
ALTER TABLE alternate_title DROP COLUMN title_folded;
