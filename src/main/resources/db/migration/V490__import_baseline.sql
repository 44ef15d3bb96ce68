-- The baseline of the last import: per dataset file, a hash of each key's lines (a title's lines, a person's line),
-- kept in files on the importing machine (marquee.imports.baseline-directory). This row says which baseline matches
-- what the database holds: it is written in the import's last transaction, after every merge has committed, so a
-- baseline is only ever used against the import that made it. The next import compares its files with it and
-- stages only the keys whose lines changed, appeared or vanished (docs/importing.md, "The daily refresh").
-- One row at most: each import replaces it, and an import without a usable baseline removes it.
--
-- datasets: the files the import read; the next import uses the baseline only for the same set of files.
-- kept_titles, kept_people: titles and people absent from the files that the import kept; a --delete-missing
-- import goes the full way when there were any, since the baseline does not know them.
-- films, people: how many films and people an import wrote (import_source = 'imdb') the database held then; other
-- counts at the next import mean rows were deleted or added behind the importer's back (SQL), and it goes the full way.
-- changes_from: the oldest transaction that may have been running when the import started (pg_snapshot_xmin);
-- changes of the feed from the API since then name the films and people to stage whatever their lines say.
CREATE TABLE import_baseline (
    id            uuid         PRIMARY KEY,
    import_id     uuid         NOT NULL,
    datasets      text[]       NOT NULL,
    kept_titles   bigint       NOT NULL,
    kept_people   bigint       NOT NULL,
    films         bigint       NOT NULL,
    people        bigint       NOT NULL,
    changes_from  xid8         NOT NULL,
    created_at    timestamptz  NOT NULL DEFAULT now()
);

-- The keys a refresh staged (changed, new, vanished): "absent from the snapshot" is looked for among them.
CREATE UNLOGGED TABLE imports_scope_titles (tconst text NOT NULL);
CREATE UNLOGGED TABLE imports_scope_people (nconst text NOT NULL);
