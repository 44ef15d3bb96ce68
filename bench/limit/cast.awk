# title.principals' actors, actresses and selves -> cast_credit (film_id, person_id, billing_order, characters,
# film_year_key). -v basics=FILE (gzipped title.basics, read first, into memory, for the film's year key).
BEGIN { read_year_keys(basics) }
FNR == 1 { next }
$4 == "actor" || $4 == "actress" || $4 == "self" { print id($1), id($3), $2, characters($6), year_key($1) }
