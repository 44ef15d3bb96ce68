-- Replacing a film's official sites removes the old rows and inserts new ones at the same positions in one
-- flush; Hibernate inserts before it deletes, so the uniqueness of (film_id, position) is checked at commit,
-- as film_list_item's already is.
ALTER TABLE film_official_site
    DROP CONSTRAINT film_official_site_position_key,
    ADD CONSTRAINT film_official_site_position_key UNIQUE (film_id, position) DEFERRABLE INITIALLY DEFERRED;
