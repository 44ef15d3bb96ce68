# Shared by the physical limit's transforms (bench/first-load.sh): each turns one IMDb TSV file into the rows of
# a final table, for COPY in CSV mode with a quote character that never occurs (fields go in verbatim, \N is
# null). Row ids are the numbers of IMDb's ids (tt0000042 -> 42), so references need no lookup.
BEGIN { FS = OFS = "\t" }

function id(value) {
  value = substr(value, 3)
  sub(/^0+/, "", value)
  return value
}

# A comma-separated IMDb list (U+0002 separates some) as a PostgreSQL array literal; \N is the empty array.
function array(value,   n, parts, i, out) {
  if (value == "\\N" || value == "") return "{}"
  n = split(value, parts, /[,\002]/)
  out = ""
  for (i = 1; i <= n; i++) if (parts[i] != "") out = out (out == "" ? "" : ",") element(parts[i])
  return "{" out "}"
}

function element(value,   i, c, out) {
  if (value !~ /[\\"]/) return "\"" value "\""
  out = ""
  for (i = 1; i <= length(value); i++) {
    c = substr(value, i, 1)
    out = out ((c == "\\" || c == "\"") ? "\\" c : c)
  }
  return "\"" out "\""
}

# title.principals' characters, a JSON array of strings, as an array literal: JSON's string quoting (\" and \\)
# is the array literal's, so the brackets alone change.
function characters(value) {
  if (value == "\\N") return "{}"
  return "{" substr(value, 2, length(value) - 2) "}"
}

# title.basics (gzipped) -> film_year_key[tconst], the key a credit carries of its film's year for the
# filmography's order: -year, 1 for an undated film.
function read_year_keys(file,   command, line, f) {
  command = "zcat " file
  command | getline line
  while ((command | getline line) > 0) { split(line, f, "\t"); film_year_key[f[1]] = (f[6] == "\\N") ? 1 : -f[6] }
  close(command)
}

function year_key(title) {
  return (title in film_year_key) ? film_year_key[title] : 1
}
