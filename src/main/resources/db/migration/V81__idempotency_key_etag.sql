-- A replayed create answers the ETag of the first answer too, so a client that retried still learns the version
-- it needs for If-Match.
ALTER TABLE idempotency_key ADD COLUMN etag text;
