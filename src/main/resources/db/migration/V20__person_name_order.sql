-- GET /people pages through people in (name, id) order with a keyset cursor; this index makes
-- every page, however deep, an index range scan.
CREATE INDEX person_name_order_idx ON person (name, id);
