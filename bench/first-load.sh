# Sourced by bench/run.sh: the first load against its physical limit, the daily refresh under reads, and the
# database's size against the files. Uses run.sh's $out, $titles, $app_port, $psql_, import_imdb and generate.

# The tables a first load writes, and the physical limit's copies of them.
first_load_tables=(person film alternate_title cast_credit crew_credit)

# limit_copy DIR: the physical limit of a first load for the same result. The same files go with PostgreSQL's
# COPY straight into the final tables (typed columns, no staging, no checks beyond the tables' own NOT NULL and
# CHECK constraints), then the same primary keys, unique constraints, indexes and foreign keys are built once.
# The tables are copies of the real ones (CREATE TABLE … LIKE, in a schema of their own, without indexes,
# keys or triggers); the keys and indexes are those of the real schema, read from pg_constraint and pg_index, so
# they stay in step with the migrations. Each file is turned into its table's rows on the client side, in the
# stream, by bench/limit/*.awk (zcat and awk, as raw COPY has zcat): row ids are the numbers of IMDb's ids, so
# films, people and credits refer to each other without a lookup; episodes and ratings are read into memory and
# written with their film's row, each film's year key with its credits, title.crew with the crew from
# title.principals (which is read twice: once for cast, once for crew). maintenance_work_mem is the importer's
# own for its index builds (256 MB). Writes $out/limit.txt ("copy TABLE s", "build s", "rows TABLE n",
# "bytes n") and drops the copies.
limit_copy() {
  local dir=$1 started step table
  "${psql_[@]}" -d postgres -c "DROP SCHEMA IF EXISTS bench_limit CASCADE" -c "CREATE SCHEMA bench_limit"
  for table in "${first_load_tables[@]}"; do
    "${psql_[@]}" -d postgres -c "CREATE TABLE bench_limit.$table (LIKE public.$table INCLUDING DEFAULTS
      INCLUDING GENERATED INCLUDING IDENTITY INCLUDING CONSTRAINTS INCLUDING STORAGE INCLUDING COMPRESSION)"
  done
  # Primary keys and unique constraints, then the other indexes, then foreign keys, as the real schema has them.
  local tables
  tables=$(printf "'%s'," "${first_load_tables[@]}"); tables=${tables%,}
  "${psql_[@]}" -d postgres -tA >"$out/limit-build.sql" <<EOF
SELECT statement || ';' FROM (
  SELECT CASE c.contype WHEN 'f' THEN 3 ELSE 1 END AS step, t.relname, c.conname AS name,
      format('ALTER TABLE bench_limit.%I ADD CONSTRAINT %I %s', t.relname, c.conname, pg_get_constraintdef(c.oid))
        AS statement
  FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
  WHERE t.relnamespace = 'public'::regnamespace AND t.relname IN ($tables) AND c.contype IN ('p', 'u', 'f', 'x')
  UNION ALL
  SELECT 2, t.relname, i.relname,
      regexp_replace(pg_get_indexdef(x.indexrelid), ' ON (public\.)?', ' ON bench_limit.')
  FROM pg_index x JOIN pg_class t ON t.oid = x.indrelid JOIN pg_class i ON i.oid = x.indexrelid
  WHERE t.relnamespace = 'public'::regnamespace AND t.relname IN ($tables)
    AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid AND c.conrelid = x.indrelid)
) s ORDER BY step, array_position(ARRAY[$tables]::name[], relname), name;
EOF
  rm -f "$out/limit.txt"
  local copy_options="(FORMAT csv, DELIMITER E'\\t', QUOTE E'\\x01', NULL '\\N')"
  # limit_table TABLE COLUMNS FILE AWK [awk args…]
  limit_table() {
    local table=$1 columns=$2 file=$3 program=$4; shift 4
    step=$(now)
    zcat "$dir/$file" | LC_ALL=C awk -f bench/limit/common.awk -f "bench/limit/$program" "$@" |
      "${psql_[@]}" -d postgres -c "COPY bench_limit.$table ($columns) FROM STDIN $copy_options"
    echo "copy $table $(since "$step")" >>"$out/limit.txt"
  }
  started=$(now)
  limit_table person "id, imdb_id, name, birth_year, death_year, professions, known_for_imdb_ids, import_source" \
    name.basics.tsv.gz person.awk
  limit_table film "id, imdb_id, type, title, original_title, adult, release_year, end_year, runtime_minutes, genres,
    import_source, series_film_id, season_number, episode_number, rating_average, rating_votes" \
    title.basics.tsv.gz film.awk -v episodes="$dir/title.episode.tsv.gz" -v ratings="$dir/title.ratings.tsv.gz"
  limit_table alternate_title "film_id, title, region, language, types, attributes, original" title.akas.tsv.gz akas.awk
  limit_table cast_credit "film_id, person_id, billing_order, characters, film_year_key" title.principals.tsv.gz \
    cast.awk -v basics="$dir/title.basics.tsv.gz"
  limit_table crew_credit "film_id, person_id, department, job, position, film_year_key" title.principals.tsv.gz \
    crew.awk -v crew="$dir/title.crew.tsv.gz" -v basics="$dir/title.basics.tsv.gz"
  step=$(now)
  { echo "SET search_path = bench_limit, public; SET maintenance_work_mem = '256MB';"; cat "$out/limit-build.sql"; } |
    "${psql_[@]}" -d postgres
  echo "build $(since "$step")" >>"$out/limit.txt"
  echo "total $(since "$started")" >>"$out/limit.txt"
  for table in "${first_load_tables[@]}"; do
    echo "rows $table $("${psql_[@]}" -d postgres -tAc "SELECT count(*) FROM bench_limit.$table")" >>"$out/limit.txt"
  done
  echo "bytes $("${psql_[@]}" -d postgres -tAc "SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c
    WHERE c.relnamespace = 'bench_limit'::regnamespace AND c.relkind = 'r'")" >>"$out/limit.txt"
  echo "statements $(grep -c ';$' "$out/limit-build.sql")" >>"$out/limit.txt"
  "${psql_[@]}" -d postgres -c "DROP SCHEMA bench_limit CASCADE"
}

# database_size NAME: the database's size and the first-load tables' rows and size now, into $out/sizes-NAME.txt.
database_size() {
  local name=$1 table
  {
    echo "database $("${psql_[@]}" -d postgres -tAc "SELECT pg_database_size('postgres')")"
    echo "tables $("${psql_[@]}" -d postgres -tAc "SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c
      WHERE c.relnamespace = 'public'::regnamespace AND c.relname IN ($(printf "'%s'," "${first_load_tables[@]}" | sed 's/,$//'))")"
    for table in "${first_load_tables[@]}"; do
      echo "rows $table $("${psql_[@]}" -d postgres -tAc "SELECT count(*) FROM public.$table")"
    done
  } >"$out/sizes-$name.txt"
}

# files_size DIR: the dataset's files, gzipped and plain, into $out/files.txt.
files_size() {
  local dir=$1 f gz=0 plain=0
  for f in "$dir"/*.tsv.gz; do
    gz=$((gz + $(stat -c %s "$f")))
    plain=$((plain + $(zcat "$f" | wc -c)))
  done
  printf 'gzipped %s\nplain %s\n' "$gz" "$plain" >"$out/files.txt"
}

# refresh_under_reads DAY0 DAY1: the next day's snapshot (the same --titles and seed, --day 1) imported into the
# loaded catalogue with --delete-missing, while wrk reads one film by id (one on both days: the first title of
# day 1) straight from the running app, anonymous, with $refresh_connections connections. First the same reads
# on the idle app: 5 s rounds until two in a row differ by less than 10 % (the JIT compiles the path; at most a
# minute), then $refresh_idle_s seconds measured; then during the refresh: one wrk run from the
# moment the importer shows its first file's progress (its JVM and Spring context up) until it exits, stopped
# with SIGINT (wrk then prints its figures), so its percentiles cover the refresh's work and nothing else; the
# idle reads wait for autovacuum to finish first (autovacuum_quiet). The app applies the search index changes
# the refresh made as it goes (the change feed), as in production. Leaves $out/wrk-refresh-idle.txt,
# $out/wrk-refresh-during.txt and the import's report in $out/import-refresh.log; the idle reads again after
# it ($out/wrk-refresh-after.txt), a check on the machine's drift; the database's size ($out/sizes-refresh.txt).
# Then day 0 again, with --delete-missing ($out/import-refresh-back.log): the read scenarios measure the first
# load's catalogue (the next day removes titles, tt0000002 among them at some sizes), and that second refresh
# is timed too.
refresh_connections=4
refresh_idle_s=10
refresh_under_reads() {
  local day1=$2 film url wrk_pid
  generate "$day1" "$titles" --day 1
  film=$(zcat "$day1/title.basics.tsv.gz" | awk -F'\t' 'NR == 2 { print $1 }')  # no early exit: pipefail
  echo "$film" >"$out/refresh-film.txt"
  url="http://127.0.0.1:$app_port/api/v1/films/$film"
  curl -sf -o /dev/null "$url" || { echo "film $film is not served before the refresh" >&2; exit 1; }
  local previous=0 current i
  for i in $(seq 1 12); do
    current=$(wrk -t2 -c"$refresh_connections" -d5s --timeout 10s "$url" 2>/dev/null |
      awk '/Requests\/sec/ { printf "%.0f", $2 }')
    current=${current:-0}
    [ "$i" -gt 2 ] && [ $((current * 10)) -le $((previous * 11)) ] && [ $((current * 10)) -ge $((previous * 9)) ] && break
    previous=$current
  done
  log "film by id warmed up in $((i * 5)) s ($current req/s)"
  autovacuum_quiet
  wrk -t2 -c"$refresh_connections" -d"${refresh_idle_s}s" --timeout 10s --latency "$url" >"$out/wrk-refresh-idle.txt" 2>&1
  rm -f "$out/import-refresh.log"
  # exec: the pid is wrk's own, for the SIGINT
  (until grep -aq '% \[' "$out/import-refresh.log" 2>/dev/null; do sleep 0.1; done  # its first progress bar
   exec wrk -t2 -c"$refresh_connections" -d7200s --timeout 10s --latency "$url" >"$out/wrk-refresh-during.txt" 2>&1) &
  wrk_pid=$!
  pids+=("$wrk_pid")
  import_imdb "$day1" refresh --delete-missing
  kill -INT "$wrk_pid"
  wait "$wrk_pid" || true
  curl -sf -o /dev/null "$url" || { echo "film $film is not served after the refresh" >&2; exit 1; }
  wrk -t2 -c"$refresh_connections" -d"${refresh_idle_s}s" --timeout 10s --latency "$url" >"$out/wrk-refresh-after.txt" 2>&1
  database_size refresh
  import_imdb "$1" refresh-back --delete-missing
}
