-- Import jobs started over HTTP (POST /api/v1/admin/imports), kept after they end so that the job list survives
-- a restart. progress holds each file's progress, the merges' counts and the rejected-line sample, as the job's
-- JSON shows them (json, not jsonb: it keeps the counts in the order the merges give them); it is written while
-- the job runs, a few times a second at most. A job still queued or running when its server died is marked failed
-- on the next start, or when the next import takes the import lock.
CREATE TABLE import_job (
    id              bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    state           varchar(16)   NOT NULL,
    source          varchar(16)   NOT NULL,
    directory       text,
    delete_missing  boolean       NOT NULL,
    progress        json          NOT NULL DEFAULT '{}',
    error           text,
    created_at      timestamptz   NOT NULL DEFAULT now(),
    started_at      timestamptz,
    finished_at     timestamptz,
    CONSTRAINT import_job_state_check CHECK (state IN ('queued', 'running', 'succeeded', 'failed')),
    CONSTRAINT import_job_source_check CHECK (source IN ('directory', 'upload'))
);

CREATE INDEX import_job_unfinished_idx ON import_job (id) WHERE state IN ('queued', 'running');
