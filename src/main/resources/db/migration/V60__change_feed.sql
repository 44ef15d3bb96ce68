-- The change feed: one row per create, update or delete of a catalogue resource, written in the transaction
-- of the change itself, kept indefinitely (deletions included) so downstream copies can sync from any point.
-- tx_id is the writing transaction's id: the feed only shows rows of transactions older than every
-- transaction still running (pg_snapshot_xmin), in (tx_id, id) order, so a reader following the cursor never
-- skips a change whose transaction commits after a later-numbered one.
CREATE TABLE change_event (
    id             bigserial     PRIMARY KEY,
    tx_id          xid8          NOT NULL DEFAULT pg_current_xact_id(),
    occurred_at    timestamptz   NOT NULL DEFAULT clock_timestamp(),
    action         varchar(8)    NOT NULL,
    resource_type  varchar(32)   NOT NULL,
    resource_id    bigint        NOT NULL,
    resource_key   text,
    api_key_id     bigint        REFERENCES api_key (id),
    CONSTRAINT change_event_action_check CHECK (action IN ('create', 'update', 'delete'))
);

CREATE INDEX change_event_feed_order ON change_event (tx_id, id);
