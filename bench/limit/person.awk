# name.basics -> person (id, imdb_id, name, birth_year, death_year, professions, known_for_imdb_ids, import_source)
FNR == 1 { next }
{ print id($1), $1, $2, $3, $4, array($5), array($6), "imdb" }
