# title.principals' other categories and title.crew's directors and writers (read first, into memory) ->
# crew_credit (film_id, person_id, department, job, position, film_year_key), as the importer's merge builds it: a
# person listed in one department by both is credited once, as principals say; positions follow principals'
# ordering, then title.crew's order (directors, then writers). Principals come grouped by title. -v crew=FILE and
# -v basics=FILE (gzipped; title.basics for the film's year key).
BEGIN {
  split("director directing writer writing producer producing composer music cinematographer cinematography " \
    "editor editing casting_director casting production_designer production_design", pairs, " ")
  for (i = 1; i < 18; i += 2) department[pairs[i]] = pairs[i + 1]
  command = "zcat " crew
  command | getline line
  while ((command | getline line) > 0) { split(line, f, "\t"); directors[f[1]] = f[2]; writers[f[1]] = f[3] }
  close(command)
  read_year_keys(basics)
}
FNR == 1 { next }
$1 != title { flush(); title = $1 }
$4 != "actor" && $4 != "actress" && $4 != "self" {
  add($3, ($4 in department) ? department[$4] : "other", ($5 == "\\N") ? job($4) : $5, $2 + 0)
}
END {
  flush()
  for (title in directors) if (!(title in done)) flush()
}

function job(category,   n, words, i, out) {
  n = split(category, words, "_")
  out = ""
  for (i = 1; i <= n; i++) out = out (i > 1 ? " " : "") toupper(substr(words[i], 1, 1)) substr(words[i], 2)
  return out
}

# Keeps the first (lowest rank) entry of a person in a department.
function add(person, dept, what, rank,   key) {
  key = person SUBSEP dept
  if (key in at) {
    if (rank < ranks[at[key]]) { ranks[at[key]] = rank; jobs[at[key]] = what }
    return
  }
  entries++
  at[key] = entries; people[entries] = person; depts[entries] = dept; jobs[entries] = what; ranks[entries] = rank
}

function flush(   n, list, i, j, k, d, order, count, tmp) {
  if (title == "") return
  done[title] = 1
  if (title in directors) {
    n = split(directors[title], list, ",")
    for (i = 1; i <= n; i++) if (list[i] != "\\N") add(list[i], "directing", "Director", 1000000 + i)
    n = split(writers[title], list, ",")
    for (i = 1; i <= n; i++) if (list[i] != "\\N") add(list[i], "writing", "Writer", 2000000 + i)
  }
  # positions within each department: by rank, then by person id
  for (i = 1; i <= entries; i++) order[i] = i
  for (i = 2; i <= entries; i++) {
    tmp = order[i]
    for (j = i - 1; j >= 1 && before(tmp, order[j]); j--) order[j + 1] = order[j]
    order[j + 1] = tmp
  }
  for (i = 1; i <= entries; i++) {
    k = order[i]; d = depts[k]
    print id(title), id(people[k]), d, jobs[k], ++count[d], year_key(title)
  }
  split("", at); entries = 0
}

function before(a, b) {
  if (ranks[a] != ranks[b]) return ranks[a] < ranks[b]
  return id(people[a]) + 0 < id(people[b]) + 0
}
