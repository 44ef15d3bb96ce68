# title.akas -> alternate_title (film_id, title, region, language, types, attributes, original), in the file's
# order (the importer's order too: a film's rows by ordering).
FNR == 1 { next }
{ print id($1), $3, $4, $5, array($6), array($7), $8 }
