-- Imports write the change feed too: one entry per film or person an import creates, updates or deletes, with the
-- import that wrote it, so downstream copies, caches and search follow imports like any other write. An import
-- runs as several transactions (one per merge); import_id ties their entries together, and the index lets each
-- merge skip the films and people an earlier merge of the same import already recorded.
ALTER TABLE change_event ADD COLUMN import_id uuid;

CREATE INDEX change_event_import_idx ON change_event (import_id, resource_type, resource_id) WHERE import_id IS NOT NULL;
