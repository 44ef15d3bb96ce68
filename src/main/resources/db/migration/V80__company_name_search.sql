-- GET /companies pages through companies in (name, id) order with a keyset cursor, optionally keeping those whose
-- name matches q the way /people does (case- and accent-folded trigram similarity).
CREATE INDEX company_name_order_idx ON company (name, id);
CREATE INDEX company_name_trgm_idx ON company USING gin (marquee_fold(name) gin_trgm_ops);
