-- An image's files are in PostgreSQL (image_variant.bytes) or in an S3-compatible object store (marquee.images.store=s3,
-- bytes NULL, objects images/{sha256}/{size}.{format}); image_file says where, so files written before the store was
-- changed are still served from where they are.
ALTER TABLE image_file ADD COLUMN store text NOT NULL DEFAULT 'postgresql' CHECK (store IN ('postgresql', 's3'));
ALTER TABLE image_variant ALTER COLUMN bytes DROP NOT NULL;

-- Files of the object store whose last image was deleted: their objects are deleted after the deletion commits (an
-- object store takes no part in PostgreSQL's transactions), by the instances that have the store configured.
CREATE TABLE image_object_unused (
    sha256      char(64)     PRIMARY KEY,
    format      text         NOT NULL,
    released_at timestamptz  NOT NULL DEFAULT now()
);

-- A file goes when its last image goes, however that image was deleted: on its own, or with its film, person or company
-- (ON DELETE CASCADE). The advisory lock per picture (class 19785, also taken by an upload before it stores files) makes
-- a deletion and an upload of the same picture take turns, and the statement after it sees what the other committed.
CREATE FUNCTION image_release_files() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(19785, hashtext(g.sha256)) FROM (SELECT DISTINCT sha256 FROM gone ORDER BY sha256) g;
    WITH released AS (
        DELETE FROM image_file f
        WHERE f.sha256 IN (SELECT sha256 FROM gone) AND NOT EXISTS (SELECT 1 FROM image i WHERE i.sha256 = f.sha256)
        RETURNING f.sha256, f.format, f.store)
    INSERT INTO image_object_unused (sha256, format)
    SELECT sha256, format FROM released WHERE store = 's3'
    ON CONFLICT (sha256) DO NOTHING;
    RETURN NULL;
END
$$;

CREATE TRIGGER image_release_files AFTER DELETE ON image REFERENCING OLD TABLE AS gone
    FOR EACH STATEMENT EXECUTE FUNCTION image_release_files();

-- The files the deletions of films, people and companies left behind before this trigger.
DELETE FROM image_file f WHERE NOT EXISTS (SELECT 1 FROM image i WHERE i.sha256 = f.sha256);
