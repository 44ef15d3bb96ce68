# title.principals' actors, actresses and selves -> cast_credit (film_id, person_id, billing_order, characters)
FNR == 1 { next }
$4 == "actor" || $4 == "actress" || $4 == "self" { print id($1), id($3), $2, characters($6) }
