-- Idempotency keys of POST requests, per API key: the first request's fingerprint (SHA-256 of method, path,
-- query and body) and, once answered, its response, replayed to retries for 24 hours. status is null while
-- the first request is still running. The body is encrypted with a key derived from the caller's API key
-- and the Idempotency-Key, neither stored here in clear: an answer that shows a secret (a new API key) is
-- unreadable without the caller's own key.
CREATE TABLE idempotency_key (
    api_key_id       bigint        NOT NULL REFERENCES api_key (id),
    idempotency_key  varchar(255)  NOT NULL,
    fingerprint      bytea         NOT NULL,
    status           integer,
    location         text,
    content_type     text,
    cache_control    text,
    body             bytea,
    created_at       timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (api_key_id, idempotency_key),
    CONSTRAINT idempotency_key_fingerprint_length CHECK (octet_length(fingerprint) = 32)
);

CREATE INDEX idempotency_key_created_at ON idempotency_key (created_at);
