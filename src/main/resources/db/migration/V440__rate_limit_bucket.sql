-- Token buckets of the rate limits when marquee.rate-limit.store is database: one row per client (per address
-- without a key, per key with one), shared by every instance, read and written by Bucket4j's PostgreSQL backend
-- (SELECT ... FOR UPDATE, then UPDATE) on each limited request. state: Bucket4j's serialized bucket; expires_at:
-- epoch milliseconds after which the bucket would be full again, when its row is removed.
-- Unlogged: the buckets are worth no WAL (nor a place on the replicas); after a crash they start full.
create unlogged table rate_limit_bucket (
    id         text primary key,
    state      bytea,
    expires_at bigint
);

create index rate_limit_bucket_expires_at on rate_limit_bucket (expires_at);
