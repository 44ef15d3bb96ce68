-- Trigram similarity for typo-tolerant search and unaccent for accent-insensitive matching.
-- Both are "trusted" extensions since PostgreSQL 13, so a database owner without superuser can create them.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is only STABLE (its dictionary could change), so it cannot appear in an index expression.
-- This wrapper pins the dictionary and is declared IMMUTABLE: the usual, documented way to index unaccented text.
CREATE FUNCTION marquee_fold(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN lower(public.unaccent('public.unaccent'::regdictionary, value));
