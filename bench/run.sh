#!/usr/bin/env bash
# Marquee against its peer (PostGraphile 5) and its limits (the framework with no work; PostgreSQL answering
# the same SQL bare; PostgreSQL's own COPY of the same files), side by side, in one run, on 127.0.0.1 only.
# Every figure is reported as a ratio against a baseline measured in the same run, because these machines are
# shared and noisy.
#
#   bench/run.sh [--scale small|large|imdb] [--fraction F] [--duration SECONDS] [--connections N]
#   bench/run.sh --soak [--duration SECONDS] [--connections N]
#   bench/run.sh --scale small --reuse   (measure again on the data, COPY and import figures of the last run)
#
# small: a synthetic IMDb dataset of 100,000 titles (~550k principals), a run of under 10 minutes;
# large: 1,000,000 titles (~8M principals); imdb: IMDb's own size, 12,300,000 titles (15.1M people, ~55M alternate
# titles, ~98M principals, ~200M lines), or with --fraction F (e.g. 0.1, 0.25, 0.5) that share of it, so that the
# growth of every figure with size can be measured where the whole does not fit in one sitting.
# Search and suggest draw from a few hundred queries the run writes from the imported data (bench/queries.py):
# titles and names across popularity, with typos, missing accents, other word orders, and prefixes for suggest.
# The run generates the dataset with the app's own generator, times PostgreSQL's COPY of the files into bare
# tables and the first load's physical limit (bench/first-load.sh: COPY straight into the final tables, then the
# same keys and indexes) against the app's import of them (and samples the importer's RSS at two file sizes),
# imports the next day's snapshot while reading a film by id, then loads the app and its peer with wrk. It
# writes bench/out/ (raw figures), its section of docs/benchmarks.md and the charts docs/bench-*-SCALE.png.
# --soak runs the app for --duration seconds (default 600) at 80 % of the maximum it measured first, on the
# data of the last run (or a fresh small one), sampling errors, latency and RSS over time; it writes the soak
# section of docs/benchmarks.md and docs/bench-soak.png.
set -euo pipefail
cd "$(dirname "$0")/.."

scale=small
fraction=""
duration=""
connections=8
soak=false
reuse=false
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) scale="$2"; shift 2 ;;
    --fraction) fraction="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --soak) soak=true; shift ;;
    --reuse) reuse=true; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
case "$scale" in
  small) titles=100000 ;;
  large) titles=1000000 ;;
  imdb) titles=12300000 ;;
  *) echo "--scale is small, large or imdb" >&2; exit 2 ;;
esac
if [ -n "$fraction" ]; then
  [ "$scale" = imdb ] || { echo "--fraction goes with --scale imdb" >&2; exit 2; }
  titles=$(awk -v f="$fraction" 'BEGIN { if (f > 0 && f <= 1) printf "%d", 12300000 * f + 0.5; else print "" }')
  [ -n "$titles" ] || { echo "--fraction is a share of the imdb scale, above 0 and at most 1" >&2; exit 2; }
  [ "$fraction" = 1 ] || scale="imdb-$fraction"
fi
if $soak; then duration=${duration:-600}; else duration=${duration:-10}; fi

# BENCH_OUT and BENCH_PORT_OFFSET let two runs share a machine (a soak beside a long run); BENCH_APP_PORT,
# BENCH_PG_PORT and BENCH_PEER_PORT set each port outright, for a machine whose free ports are given as a range.
out=${BENCH_OUT:-bench/out}
app_port=${BENCH_APP_PORT:-$((18180 + ${BENCH_PORT_OFFSET:-0}))}
pg_port=${BENCH_PG_PORT:-$((15480 + ${BENCH_PORT_OFFSET:-0}))}
peer_port=${BENCH_PEER_PORT:-$((15678 + ${BENCH_PORT_OFFSET:-0}))}
java25=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
java17=$(command -v java)
[ -x "$java25" ] || java25=$java17
# The app's memory flags, "Running in production" (docs/operations.md), chosen by measuring RSS under load: a bounded
# heap (70 MB live under load; start-up needs more than 112 MB) and metaspace, small thread stacks, the serial
# collector (no concurrent GC threads or remembered sets on a small heap), two malloc arenas instead of one per
# core and thread, and the C heap trimmed back to the OS every 5 s.
# With several million titles the same page gives the heap 256 MB from the start, half of it young:
# search-as-you-type then allocates faster than a smaller young generation absorbs (and a young generation
# cannot start larger than the initial heap), and a search index rebuild thrashes in 160 MB; the bench runs
# each size with the flags the operator is told to use for it.
heap_flags=(-Xms32m -Xmx160m)
[ "$titles" -ge 2000000 ] && heap_flags=(-Xms256m -Xmx256m -Xmn128m)
app_jvm_flags=("${heap_flags[@]}" -Xss512k -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=48m
  -XX:MaxDirectMemorySize=32m -XX:+UseSerialGC -XX:TrimNativeHeapInterval=5000)
import_jvm_flags=(-Xmx256m -XX:+UseSerialGC)
export MALLOC_ARENA_MAX=2
# The embedded PostgreSQL requires passwords, which the app generates on its first start into $out/pg
# (owner-only): the superuser's for psql and pgbench, the app role's (marquee) for the CLI import.
# pg_credentials sets them once the app is up.
pg_credentials() {
  export PGPASSWORD
  PGPASSWORD=$(cat "$out/pg/postgres-password")
  pg_url="postgres://postgres:$PGPASSWORD@127.0.0.1:$pg_port/postgres"
  app_db_password=$(cat "$out/pg/marquee-password")
}
psql_=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pg_port" -U postgres)

log() { printf '== %s %s\n' "$(date -u +%H:%M:%S)" "$*"; }

need() {
  local missing=()
  command -v wrk >/dev/null || missing+=(wrk)
  command -v pgbench >/dev/null || missing+=(postgresql-15)
  command -v psql >/dev/null || missing+=(postgresql-client)
  command -v gnuplot >/dev/null || missing+=(gnuplot-nox)
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]}"
    local sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
  if [ ! -x bench/peer/node_modules/.bin/postgraphile ]; then
    log "installing PostGraphile 5 and Node 22 from the npm registry"
    (cd bench/peer && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  fi
}

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT

now() { date +%s.%N; }
since() { awk -v end="$(now)" -v start="$1" 'BEGIN { printf "%.1f", end - start }'; }

# Starts the app from its jar with the given java; sets app_pid, and ready_s to the seconds from launch to
# readiness. The app runs its embedded PostgreSQL in $out/pg, which every other step uses too.
# Each server runs in a session of its own (setsid), as a service does, apart from wrk and the importer: where
# the kernel schedules by autogroup (one group per session, each group an equal share of the cores), processes
# started from one shell share one group, while every PostgreSQL backend starts a session, and so a group, of
# its own. The app, wrk and the importer in one group got one group's share, as much as the import's one busy
# backend (docs/benchmarks.md, "Readers during a refresh at 3.1M titles"). The collector's pauses go to a log
# beside the app's (app-*-gc.log), to tell a slow tail of the app's own from one of the machine's.
start_app() {
  local java=$1 logfile=$2 started
  started=$(now)
  setsid "$java" "${app_jvm_flags[@]}" -Xlog:gc:file="${logfile%.log}-gc.log":time -jar "$jar" \
    --server.port=$app_port --marquee.embedded-postgres.port=$pg_port \
    --marquee.embedded-postgres.data-directory="$out/pg" --marquee.rate-limit.enabled=false \
    --logging.level.dev.marquee.request=warn >"$logfile" 2>&1 &
  app_pid=$!
  pids+=("$app_pid")
  for _ in $(seq 1 1800); do
    if curl -sf "http://127.0.0.1:$app_port/actuator/health/readiness" >/dev/null; then
      ready_s=$(since "$started")
      pg_credentials
      warm_up
      return 0
    fi
    kill -0 "$app_pid" 2>/dev/null || { echo "the app died; see $logfile" >&2; exit 1; }
    sleep 0.1
  done
  echo "the app did not get ready in 180 s" >&2
  exit 1
}

# Autovacuum visits the tables an import wrote soon after it (a first load's film table took half a minute at
# 1M titles), on the same cores as the app: an idle baseline or a scenario measured beside it measures the
# vacuum too. Waits until no autovacuum worker runs, at most $autovacuum_wait_max_s seconds, and says how long.
autovacuum_wait_max_s=300
autovacuum_quiet() {
  local i running
  for i in $(seq 0 "$autovacuum_wait_max_s"); do
    running=$("${psql_[@]}" -d postgres -tA -c "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'autovacuum worker'")
    if [ "$running" = 0 ]; then
      [ "$i" -eq 0 ] || log "waited ${i} s for autovacuum to finish"
      return 0
    fi
    sleep 1
  done
  log "autovacuum still running after ${autovacuum_wait_max_s} s; measuring beside it"
}

# The JIT compiles the hot paths during the first tens of thousands of requests; on a loaded machine that
# takes a while, and measuring before it would measure the interpreter. The mixed workload of the soak, flat
# out, until two 5 s rounds in a row differ by less than 10 % (at most $warm_up_max_s seconds). Skipped on an
# empty catalogue.
warm_up_max_s=60
warm_up() {
  [ -f "$out/titles" ] || return 0
  local previous=0 current i
  for i in $(seq 1 $((warm_up_max_s / 5))); do
    current=$(MIX_FILMS=$(cat "$out/titles") wrk -t2 -c"$connections" -d5s --timeout 10s -s bench/mix.lua \
      "http://127.0.0.1:$app_port" 2>/dev/null | awk '/Requests\/sec/ { printf "%.0f", $2 }')
    current=${current:-0}
    if [ "$i" -gt 2 ] && [ $((current * 10)) -le $((previous * 11)) ] && [ $((current * 10)) -ge $((previous * 9)) ]; then
      break
    fi
    previous=$current
  done
  log "warmed up in $((i * 5)) s (mixed workload at $current req/s)"
}

stop_app() {
  kill "$app_pid" && wait "$app_pid" 2>/dev/null || true
}

rss_mb() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || true; }

# Samples the RSS (MB) of a process every INTERVAL seconds into a file, one "seconds-since-start MB" line each,
# until the process ends; sets sampler_pid.
sample_rss() {
  local pid=$1 file=$2 interval=$3 started
  started=$(now)
  (while kill -0 "$pid" 2>/dev/null; do
     rss=$(rss_mb "$pid"); [ -n "$rss" ] && echo "$(since "$started") $rss" >>"$file"; sleep "$interval"
   done) &
  sampler_pid=$!
  pids+=("$sampler_pid")
}

max_rss() { sort -k2 -n "$1" | tail -n 1 | cut -d' ' -f2; }

jar_build() {
  log "building the jar"
  ./mvnw -q -B -o -DskipTests package 2>/dev/null || ./mvnw -q -B -DskipTests package
  jar=$(ls target/marquee-*.jar | head -n 1)
}

generate() {
  local dir=$1 n=$2; shift 2
  [ -f "$dir/done" ] && return 0
  rm -rf "$dir"
  "$java25" -jar "$jar" generate imdb --dir "$dir" --titles "$n" "$@" >"$dir.log" 2>&1
  touch "$dir/done"
}

# import_imdb DIR NAME [OPTION…]: the app's CLI import of DIR into the app's database with its RSS sampled every
# 0.5 s; leaves the importer's own report in $out/import-NAME.log and its RSS in $out/rss-import-NAME.txt.
import_imdb() {
  local dir=$1 name=$2 started; shift 2
  started=$(now)
  SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$pg_port/postgres" SPRING_DATASOURCE_USERNAME=marquee \
    SPRING_DATASOURCE_PASSWORD="$app_db_password" setsid "$java25" "${import_jvm_flags[@]}" -jar "$jar" import imdb --dir "$dir" "$@" \
    >"$out/import-$name.log" 2>&1 &
  local pid=$!
  pids+=("$pid")
  sample_rss "$pid" "$out/rss-import-$name.txt" 0.5
  wait "$pid" || { echo "the import failed; see $out/import-$name.log" >&2; exit 1; }
  echo "wall_s $(since "$started")" >>"$out/import-$name.log"
}

# After an import that wrote in bulk, an instance rebuilds its search index from the tables once the import's
# lock is released (a search or its 5-second catch-up starts it). Waits until the app's log says a rebuild more
# than it did before the import, then until it says that index was merged into one segment (it answers searches
# meanwhile), and keeps both figures in $out/search-index.txt.
search_index_rebuild() {
  local logfile=$1 before=$2
  curl -s -o /dev/null "http://127.0.0.1:$app_port/api/v1/search?q=rebuild" || true
  for _ in $(seq 1 72000); do
    if [ "$(grep -ac "Search index rebuilt" "$logfile" || true)" -gt "$before" ]; then
      grep -a "Search index rebuilt" "$logfile" | tail -n 1 |
        sed -E 's/.*rebuilt: ([0-9]+) documents in ([0-9]+) ms by [0-9]+ threads, in ([0-9]+) segments.*/documents \1\nrebuild_ms \2\nsegments \3/' \
        >"$out/search-index.txt"
      local merged
      for _ in $(seq 1 36000); do
        merged=$(grep -a "Search index merged into one segment in" "$logfile" | sed -n "$((before + 1))p")
        if [ -n "$merged" ]; then
          echo "$merged" | sed -E 's/.* in ([0-9]+) ms.*/merge_ms \1/' >>"$out/search-index.txt"
          return 0
        fi
        sleep 0.1
      done
      echo "the rebuilt search index was not merged in an hour; see $logfile" >&2
      exit 1
    fi
    sleep 0.1
  done
  echo "the search index was not rebuilt in 2 hours; see $logfile" >&2
  exit 1
}

# The same files into bare tables (text columns, no keys, no indexes) with PostgreSQL's COPY, decompressed by
# zcat on the client side as the importer does; IMDb's quotes and backslashes are plain characters, hence CSV
# mode with a quote character that never occurs.
raw_copy() {
  local dir=$1 started f table
  "${psql_[@]}" -d postgres -c "DROP DATABASE IF EXISTS bench_raw" -c "CREATE DATABASE bench_raw"
  "${psql_[@]}" -d bench_raw <<'EOF'
CREATE UNLOGGED TABLE name_basics (nconst text, primary_name text, birth_year text, death_year text,
    primary_profession text, known_for_titles text);
CREATE UNLOGGED TABLE title_basics (tconst text, title_type text, primary_title text, original_title text,
    is_adult text, start_year text, end_year text, runtime_minutes text, genres text);
CREATE UNLOGGED TABLE title_episode (tconst text, parent_tconst text, season_number text, episode_number text);
CREATE UNLOGGED TABLE title_ratings (tconst text, average_rating text, num_votes text);
CREATE UNLOGGED TABLE title_akas (title_id text, ordering text, title text, region text, language text,
    types text, attributes text, is_original_title text);
CREATE UNLOGGED TABLE title_crew (tconst text, directors text, writers text);
CREATE UNLOGGED TABLE title_principals (tconst text, ordering text, nconst text, category text, job text,
    characters text);
EOF
  started=$(now)
  for f in "$dir"/*.tsv.gz; do
    table=$(basename "$f" .tsv.gz); table=${table//./_}
    "${psql_[@]}" -d bench_raw -c "\\copy $table FROM PROGRAM 'zcat $f' (FORMAT csv, DELIMITER E'\\t', QUOTE E'\\x01', NULL '\\N', HEADER true)"
  done
  copy_s=$(since "$started")
  copy_rows=$("${psql_[@]}" -d bench_raw -tAc "SELECT (SELECT count(*) FROM name_basics) + (SELECT count(*) FROM title_basics)
    + (SELECT count(*) FROM title_episode) + (SELECT count(*) FROM title_ratings) + (SELECT count(*) FROM title_akas)
    + (SELECT count(*) FROM title_crew) + (SELECT count(*) FROM title_principals)")
  "${psql_[@]}" -d postgres -c "DROP DATABASE bench_raw"
}

# wrk NAME SYSTEM URL [wrk args…]: a warm-up, then the measured run; appends a line to results. A request
# counts as an error after 10 s (wrk's default of 2 s is short on a loaded machine).
measure() {
  local name=$1 system=$2 url=$3; shift 3
  wrk -t2 -c"$connections" -d3s --timeout 10s "$@" "$url" >/dev/null 2>&1 || true
  wrk -t2 -c"$connections" -d"${duration}s" --timeout 10s --latency "$@" "$url" >"$out/wrk-$name-$system.txt" 2>&1
  wrk_line "$name" "$system" "$out/wrk-$name-$system.txt" >>"$results"
  tail -n 1 "$results"
}

# wrk_line NAME SYSTEM FILE: "name system req/s p50 p99 errors" from wrk's --latency output.
wrk_line() {
  awk -v name="$1" -v sys="$2" '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) } /Requests\/sec/ { rps = $2 }
    /Non-2xx/ { errors += $NF } /^Not 304:/ { errors += $NF } /Socket errors/ { split($0, a, /[ ,]+/); for (i in a) if (a[i] ~ /^[0-9]+$/) errors += a[i] }
    END { printf "%s\t%s\t%.1f\t%.2f\t%.2f\t%d\n", name, sys, rps, p50, p99, errors }' "$3"
}

# pgbench NAME FILE: the same SQL bare, same connection count.
measure_sql() {
  local name=$1 file=$2
  pgbench -h 127.0.0.1 -p $pg_port -U postgres -n -c"$connections" -j2 -T3 -D titles="$titles" -f "$file" postgres \
    >/dev/null 2>&1
  pgbench -h 127.0.0.1 -p $pg_port -U postgres -n -c"$connections" -j2 -T"$duration" -D titles="$titles" -f "$file" -r \
    postgres >"$out/pgbench-$name.txt" 2>&1
  awk -v name="$name" '/^tps/ { tps = $3 } /latency average/ { avg = $4 } /number of failed/ { failed = $5 }
    END { printf "%s\tpostgresql\t%.1f\t%.2f\t\t%d\n", name, tps, avg, failed }' "$out/pgbench-$name.txt" >>"$results"
  tail -n 1 "$results"
}

# The soak: the maximum req/s of a mixed read workload first, then 80 % of it, paced, in
# 30-second slices (errors, latency and RSS per slice) for $duration seconds, by bench/mix.lua.
soak_run() {
  local base="http://127.0.0.1:$app_port" slices i rate
  if [ -f "$out/titles" ]; then
    titles=$(cat "$out/titles")
  else
    log "no data from an earlier run: preparing the $scale one"
    prepare
  fi
  rm -f "$out"/soak-*.txt "$out/soak.tsv"
  start_app "$java25" "$out/app-soak.log"
  export MIX_FILMS="$titles" MIX_PERSON="$(person_with_most_credits)"
  log "soak: the maximum of the mixed workload"
  wrk -t2 -c"$connections" -d20s --timeout 10s --latency -s bench/mix.lua "$base" >"$out/soak-max.txt" 2>&1
  soak_max=$(awk '/Requests\/sec/ { printf "%.0f", $2 }' "$out/soak-max.txt")
  rate=$((soak_max * 8 / 10))
  log "soak: $duration s at $rate req/s (80 % of $soak_max)"
  sample_rss "$app_pid" "$out/rss-soak.txt" 5
  printf 'slice\tend_s\ttarget\treq_per_s\tp50_ms\tp99_ms\terrors\trss_mb\n' >"$out/soak.tsv"
  slices=$(((duration + 29) / 30))
  for i in $(seq 1 "$slices"); do
    MIX_RATE=$rate wrk -t2 -c"$connections" -d30s --timeout 10s --latency -s bench/mix.lua "$base" >"$out/soak-$i.txt" 2>&1
    printf '%s\t%s\t%s\t%s\t%s\n' "$i" "$((i * 30))" "$rate" \
      "$(wrk_line soak marquee "$out/soak-$i.txt" | cut -f3-6)" "$(rss_mb "$app_pid")" >>"$out/soak.tsv"
    tail -n 1 "$out/soak.tsv"
  done
  stop_app
  python3 bench/report.py soak "$out/soak.tsv" "$soak_max" "$rate" "$duration" "$connections" "$out/rss-soak.txt" \
    "$("$java25" -version 2>&1 | head -n 1)" "${app_jvm_flags[*]}"
  gnuplot -e "datafile='$out/soak.tsv'" bench/soak.gp
  log "done: docs/benchmarks.md (soak) and docs/bench-soak.png"
}

person_with_most_credits() {
  "${psql_[@]}" -d postgres -tAc "SELECT p.imdb_id FROM person p JOIN cast_credit c ON c.person_id = p.id
    GROUP BY p.imdb_id ORDER BY count(*) DESC, p.imdb_id LIMIT 1"
}

# The queries of the search and suggest scenarios, from the imported data: titles across popularity (the most
# voted, rated titles at even steps of votes, unrated ones at random) and names (the most credited, others at
# random), turned by bench/queries.py into search paths ($out/queries-search.txt) and suggest prefixes
# ($out/queries-suggest.txt), one request path a line. Only the main generated dataset is sampled (ids up to its size).
write_queries() {
  local sample people=$((titles * 123 / 100))
  sample=$(awk -v t="$titles" 'BEGIN { p = 100 * 2000 / t; printf "%.4f", (p > 100) ? 100 : p }')
  "${psql_[@]}" -d postgres -tA -F $'\t' >"$out/query-sources.tsv" <<EOF
(SELECT 'title', 'top', title FROM film WHERE substr(imdb_id, 3)::bigint <= $titles AND rating_votes IS NOT NULL
 ORDER BY rating_votes DESC, id LIMIT 60)
UNION ALL
(SELECT 'title', 'rated', title FROM (SELECT title, row_number() OVER (ORDER BY rating_votes DESC, id) AS r,
        count(*) OVER () AS n FROM film WHERE substr(imdb_id, 3)::bigint <= $titles AND rating_votes IS NOT NULL) ranked
 WHERE r % greatest(1, n / 90) = 0 LIMIT 90)
UNION ALL
(SELECT 'title', 'any', title FROM film TABLESAMPLE BERNOULLI ($sample) REPEATABLE (42)
 WHERE substr(imdb_id, 3)::bigint <= $titles AND rating_votes IS NULL LIMIT 90)
UNION ALL
(SELECT 'name', 'top', p.name FROM person p JOIN cast_credit c ON c.person_id = p.id WHERE substr(p.imdb_id, 3)::bigint <= $people
 GROUP BY p.id, p.name ORDER BY count(*) DESC, p.id LIMIT 30)
UNION ALL
(SELECT 'name', 'any', name FROM person TABLESAMPLE BERNOULLI ($sample) REPEATABLE (42)
 WHERE substr(imdb_id, 3)::bigint <= $people LIMIT 70);
EOF
  python3 bench/queries.py "$out/query-sources.tsv" "$out/queries-search.txt" "$out/queries-suggest.txt"
}

# The first load's physical limit, the daily refresh, the database's size (limit_copy, refresh_under_reads,
# database_size, files_size).
. bench/first-load.sh

# Generates the datasets, starts the app on an empty data directory, and fills it: raw COPY, the physical limit,
# the importer at two file sizes with the next day's refresh and the refresh back to the first day between them,
# then the title-page film of bench/synthetic-catalogue.sql.
prepare() {
  rm -rf "$out/pg" "$out/search-index" "$out"/*.txt "$out"/app-*.log "$out"/import-*.log "$out"/*.tsv "$out/titles" "$out/prepare.env"
  mkdir -p "$out"
  log "generating synthetic IMDb datasets: $titles titles and $((titles / 100)) titles"
  generate "$out/imdb-$titles" "$titles" --stats
  grep -a "lines/s\|Distinct" "$out/imdb-$titles.log" | sed 's/^/   /'
  generate "$out/imdb-$((titles / 100))" "$((titles / 100))" --first-id $((titles * 10 + 1))
  log "first start (empty data directory) on $("$java25" -version 2>&1 | head -n 1)"
  start_app "$java25" "$out/app-first.log"
  ready_first=$ready_s
  log "raw COPY of the $titles-title files into bare tables"
  raw_copy "$out/imdb-$titles"
  log "the physical limit: COPY of the $titles-title files into the final tables, then their keys and indexes"
  limit_copy "$out/imdb-$titles"
  sed 's/^/   /' "$out/limit.txt"
  log "the importer on the $titles-title files"
  local rebuilds
  rebuilds=$(grep -ac "Search index rebuilt" "$out/app-first.log" || true)
  import_imdb "$out/imdb-$titles" full
  grep -a "merging\|Imported" "$out/import-full.log" | sed 's/^/   /'
  log "the app rebuilds its search index from the imported tables"
  search_index_rebuild "$out/app-first.log" "$rebuilds"
  sed 's/^/   /' "$out/search-index.txt"
  database_size first
  files_size "$out/imdb-$titles"
  log "the next day's refresh (--day 1, --delete-missing) while film by id is read, then back to the first day"
  refresh_under_reads "$out/imdb-$titles" "$out/imdb-$titles-day1"
  grep -ah "merging\|Imported" "$out/import-refresh.log" "$out/import-refresh-back.log" | sed 's/^/   /'
  # The same importer on files a hundredth the size (other ids, into the same database): its RSS against
  # the full import's shows whether memory follows the files.
  log "the importer on the $((titles / 100))-title files"
  rebuilds=$(grep -acE "Search index (rebuilt|caught up in the background)" "$out/app-first.log" || true)
  import_imdb "$out/imdb-$((titles / 100))" hundredth
  # From 0.25 on, that import changes more films and people (about 2.2 per title) than the 50,000 an index
  # applies before the next search (marquee.search.background-threshold): the instance applies them in the
  # background (or rebuilds, when the import wrote in bulk), and the measurements must not run beside that.
  if [ "$((titles / 100 + titles * 123 / 10000))" -gt 50000 ]; then
    log "the app brings its search index up to that import"
    curl -s -o /dev/null "http://127.0.0.1:$app_port/api/v1/search?q=rebuild" || true
    for _ in $(seq 1 7200); do
      [ "$(grep -acE "Search index (rebuilt|caught up in the background)" "$out/app-first.log" || true)" \
        -gt "$rebuilds" ] && break
      sleep 1
    done
    grep -aE "Search index (rebuilt|caught up in the background)" "$out/app-first.log" | tail -n 1 | sed 's/^/   /'
  fi
  log "adding the title-page film (100 cast, 20 crew)"
  "${psql_[@]}" -d postgres -v films=1 -f bench/synthetic-catalogue.sql
  "${psql_[@]}" -d postgres -c "VACUUM ANALYZE"
  stop_app
  printf 'copy_s=%s\ncopy_rows=%s\nready_first=%s\n' "$copy_s" "$copy_rows" "$ready_first" >"$out/prepare.env"
  echo "$titles" >"$out/titles"
}

need
jar_build
mkdir -p "$out"
if $soak; then
  soak_run
  exit 0
fi

results="$out/results.tsv"
if $reuse && [ -f "$out/prepare.env" ] && [ "$(cat "$out/titles" 2>/dev/null)" = "$titles" ]; then
  log "reusing the data and import figures of the last $scale run"
  # shellcheck disable=SC1091
  . "$out/prepare.env"
else
  prepare
fi
printf 'scenario\tsystem\treq_per_s\tp50_ms\tp99_ms\terrors\n' >"$results"

log "restart on Java 25 with virtual threads"
start_app "$java25" "$out/app-25.log"
ready_25=$ready_s
rss_idle_25=$(rss_mb "$app_pid")
rm -f "$out/rss-25.txt"
sample_rss "$app_pid" "$out/rss-25.txt" 1

deep_cursor=$("${psql_[@]}" -d postgres -tAc \
  "select title || chr(31) || id from film order by title, id offset (select count(*) - 20 from film) limit 1" |
  python3 -c 'import base64,sys; raw="v1\x1ftitle\x1f"+sys.stdin.read().rstrip("\n"); print(base64.urlsafe_b64encode(raw.encode()).decode().rstrip("="))')
person=$(person_with_most_credits)
base="http://127.0.0.1:$app_port"
log "writing the search and suggest queries from the imported data"
write_queries
autovacuum_quiet
log "load: $connections connections, ${duration}s a scenario"
measure trivial marquee "$base/problems/not-found"
measure film-by-id marquee "$base/api/v1/films/tt0000002"
measure title-page marquee "$base/api/v1/films/tt8000001?include=all"
measure title-page-nested marquee "$base/api/v1/films/tt8000001?include=cast,crew,trivia"
# The same whole page asked for again with the ETag it answers: 304 Not Modified, without building the page.
page_url="$base/api/v1/films/tt8000001?include=all"
curl -sf -o "$out/title-page.json" -D "$out/title-page.headers" "$page_url"
export ETAG
ETAG=$(tr -d '\r' <"$out/title-page.headers" | awk 'tolower($1) == "etag:" { sub(/^[^:]*: */, ""); print }')
status=$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $ETAG" "$page_url")
if [ -z "$ETAG" ] || [ "$status" != 304 ]; then
  echo "the title page with its own ETag ($ETAG) answered $status, not 304 Not Modified" >&2
  exit 1
fi
measure title-page-304 marquee "$page_url" -s bench/conditional.lua
measure list-first-page marquee "$base/api/v1/films?size=20"
measure list-deep-page marquee "$base/api/v1/films?size=20&after=$deep_cursor"
export QUERIES="$out/queries-search.txt"
measure search marquee "$base" -s bench/queries.lua
export QUERIES="$out/queries-suggest.txt"
measure suggest marquee "$base" -s bench/queries.lua
measure filmography marquee "$base/api/v1/people/$person/credits"
# The catalogue filtered by person: one of the title-page film's performers (one film), then the most credited
# person (thousands of films at the larger scales), sorted by title either way.
measure list-by-person marquee "$base/api/v1/films?person=nm8000001"
measure list-by-busiest-person marquee "$base/api/v1/films?person=$person"
rss_load_25=$(max_rss "$out/rss-25.txt")

log "the same SQL bare, through pgbench"
measure_sql film-by-id bench/sql/film-by-id.sql
measure_sql list-first-page bench/sql/list-first-page.sql

log "the peer: PostGraphile 5 on the same database"
peer_log=$(realpath "$out")/peer.log
# exec: the pid the cleanup kills is node's own, not a subshell's that would leave node running
(cd bench/peer && PEER_PORT=$peer_port GRAPHILE_ENV=production exec setsid node_modules/.bin/node node_modules/.bin/postgraphile \
  -C graphile.config.mjs -c "$pg_url" -s public >"$peer_log" 2>&1) &
pids+=("$!")
for _ in $(seq 1 600); do curl -sf -o /dev/null -X POST -H 'Content-Type: application/json' \
  -d '{"query":"{__typename}"}' "http://127.0.0.1:$peer_port/graphql" && break; sleep 0.1; done
python3 - "$out" <<'EOF'
import json, sys
out = sys.argv[1]
queries = {
    "film-by-id": '{ filmByImdbId(imdbId: "tt0000002") { rowId imdbId title originalTitle type releaseYear endYear '
                  'runtimeMinutes plot genres countries languages color soundMixes aspectRatio adult ratingAverage '
                  'ratingVotes version createdAt updatedAt filmOfficialSitesByFilmId { nodes { label url } } } }',
    "title-page-nested": '{ filmByImdbId(imdbId: "tt8000001") { rowId imdbId title releaseYear '
                  'castCreditsByFilmId(orderBy: BILLING_ORDER_ASC) { nodes { rowId billingOrder characters creditedAs note '
                  'personByPersonId { rowId imdbId name } } } '
                  'crewCreditsByFilmId { nodes { rowId department job creditedAs note personByPersonId { rowId imdbId name } } } '
                  'triviasByFilmId { nodes { rowId text spoiler } } } }',
}
# The whole title page (include=all): every section PostGraphile's schema serves, field for field, each in the
# page's order where its orderBy allows. Images (the one index on image.film_id is partial, so PostGraphile
# makes no relation of it) and similar films (scored by the app) have no equivalent.
person = "personByPersonId { rowId imdbId name }"
queries["title-page"] = ('{ filmByImdbId(imdbId: "tt8000001") { rowId imdbId title originalTitle type releaseYear endYear '
    'runtimeMinutes plot genres countries languages color soundMixes aspectRatio adult ratingAverage '
    'ratingVotes tmdbId wikidataId version createdAt updatedAt seasonNumber episodeNumber '
    'filmBySeriesFilmId { rowId imdbId title releaseYear } '
    'filmOfficialSitesByFilmId(orderBy: [POSITION_ASC, ROW_ID_ASC]) { nodes { label url } } '
    'castCreditsByFilmId(orderBy: [BILLING_ORDER_ASC, ROW_ID_ASC]) { nodes { rowId billingOrder characters creditedAs note version '
    + person + ' } } '
    'crewCreditsByFilmId(orderBy: [DEPARTMENT_ASC, POSITION_ASC, ROW_ID_ASC]) { nodes { rowId department job creditedAs note version '
    + person + ' } } '
    'triviasByFilmId(orderBy: ROW_ID_ASC) { nodes { rowId text spoiler interestingVotes totalVotes version } } '
    'goofsByFilmId(orderBy: ROW_ID_ASC) { nodes { rowId category text spoiler version } } '
    'crazyCreditsByFilmId(orderBy: ROW_ID_ASC) { nodes { rowId text version } } '
    'connectionsByFilmId(orderBy: ROW_ID_ASC) { nodes { rowId kind relatedImdbId relatedTitle relatedYear note version '
    'filmByRelatedFilmId { rowId imdbId title releaseYear } } } '
    'soundtracksByFilmId(orderBy: [POSITION_ASC, ROW_ID_ASC]) { nodes { rowId title version '
    'soundtrackCreditsBySoundtrackId(orderBy: [POSITION_ASC, ROW_ID_ASC]) { nodes { role text ' + person + ' } } } } '
    'reviewsByFilmId(orderBy: [HELPFUL_VOTES_DESC, ROW_ID_ASC]) { nodes { rowId title body author publishedOn rating spoiler '
    'helpfulVotes unhelpfulVotes featured version } } '
    'boxOfficeByFilmId { rowId budgetAmount budgetCurrency budgetEstimated grossDomesticAmount grossDomesticCurrency '
    'openingWeekendDomesticAmount openingWeekendDomesticCurrency openingWeekendDate grossWorldwideAmount '
    'grossWorldwideCurrency version } '
    'awardSummaryByFilmId { wins nominations highlight version } '
    'awardNominationsByFilmId(orderBy: [YEAR_ASC, ROW_ID_ASC]) { nodes { rowId event year category outcome note version '
    'awardNomineesByNominationId(orderBy: [POSITION_ASC, ROW_ID_ASC]) { nodes { name ' + person + ' } } } } '
    'filmingLocationsByFilmId(orderBy: [POSITION_ASC, ROW_ID_ASC]) { nodes { rowId place note version } } '
    'alternateTitlesByFilmId(orderBy: ROW_ID_ASC) { nodes { rowId title region language types attributes original version } } '
    'releaseDatesByFilmId(orderBy: [DATE_ASC, ROW_ID_ASC]) { nodes { rowId country date note version } } '
    'companyCreditsByFilmId(orderBy: [ROLE_ASC, POSITION_ASC, ROW_ID_ASC]) { nodes { rowId role note version '
    'companyByCompanyId { rowId imdbId name country } } } '
    'filmListItemsByFilmId { nodes { filmListByListId { rowId title description } } } '
    'taglinesByFilmId(orderBy: ROW_ID_ASC) { nodes { rowId text version } } '
    'filmKeywordsByFilmId(orderBy: ROW_ID_ASC) { nodes { rowId version keywordByKeywordId { slug name } } } '
    'certificationsByFilmId(orderBy: ROW_ID_ASC) { nodes { rowId country rating releaseType note version } } '
    'videosByFilmId(orderBy: ROW_ID_ASC) { nodes { rowId kind site videoKey url name language official publishedOn version } } '
    'filmTranslationsByFilmId(orderBy: ROW_ID_ASC) { nodes { rowId language title plot tagline version } } '
    '} }')
for name, query in queries.items():
    with open(f"{out}/peer-{name}.json", "w") as f:
        json.dump({"query": query}, f)
EOF
log "the title page's sections, counted in Marquee's page and in PostGraphile's answer"
curl -sf -o "$out/peer-title-page-answer.json" -X POST -H 'Content-Type: application/json' \
  --data-binary @"$out/peer-title-page.json" "http://127.0.0.1:$peer_port/graphql"
python3 bench/page-counts.py "$out/title-page.json" "$out/peer-title-page-answer.json"
for name in film-by-id title-page title-page-nested; do
  export BODY_FILE="$out/peer-$name.json"
  measure "$name" postgraphile "http://127.0.0.1:$peer_port/graphql" -s bench/post.lua
done
stop_app

log "restart on Java 17 for comparison"
# One scenario only: half the warm-up keeps the small run short.
warm_up_max_s=30
start_app "$java17" "$out/app-17.log"
ready_17=$ready_s
rss_idle_17=$(rss_mb "$app_pid")
measure film-by-id marquee-java17 "$base/api/v1/films/tt0000002"
stop_app

log "writing docs/benchmarks.md and the charts"
python3 bench/report.py run "$results" "$scale" "$titles" "$duration" "$connections" "$ready_first" "$ready_25" \
  "$ready_17" "$rss_idle_25" "$rss_load_25" "$rss_idle_17" "$("$java25" -version 2>&1 | head -n 1)" \
  "$("$java17" -version 2>&1 | head -n 1)" "$copy_s" "$copy_rows" "$out" "${app_jvm_flags[*]}" "${import_jvm_flags[*]}"
gnuplot -e "scale='$scale'; datafile='$out/chart.dat'" bench/charts.gp
if [[ $scale == imdb* ]]; then
  python3 bench/sizes.py docs/benchmarks.md "$out/sizes.dat"
  gnuplot -e "datafile='bench/search-size-repeats.dat'" bench/sizes.gp  # the repeated medians (bench/search-repeats.sh)
fi
log "done: docs/benchmarks.md"
