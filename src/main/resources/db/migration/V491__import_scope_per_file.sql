-- A refresh stages each title in the files where its group changed: the titles it staged, per file. The table only
-- ever holds one import's keys, emptied when it ends.
TRUNCATE imports_scope_titles;
ALTER TABLE imports_scope_titles ADD COLUMN dataset text NOT NULL;
