#!/usr/bin/env bash
# The same read scenarios on two catalogues of different sizes, served at once, measured in interleaved rounds:
# how the title page, a filmography, sorted and filtered listings and a batch lookup grow with the catalogue.
#
#   bench/size-reads.sh [--rounds 3] [--duration 10] [--connections 8] SMALL_DATA_DIR LARGE_DATA_DIR
#
# Each DATA_DIR is an embedded PostgreSQL data directory an import filled (`java
# -Dmarquee.embedded-postgres.data-directory=DATA_DIR -jar … import imdb --dir …`). An instance of the app's jar
# starts on each (the flags for millions of titles, docs/operations.md) with a search index folder of its own in
# the output folder: an instance without an index builds one first, and the reads wait until both are built and
# merged (no search is asked after, and the catch-up is set far off), then each scenario is read with wrk on one
# instance, then on the other, round after round, the order of the two alternating. Writes bench/out-size-reads/
# (every wrk output, results.tsv) and prints the p50 of each scenario on each size, median (range) of the
# rounds, and their ratio round by round (large ÷ small). BENCH_JAR names another jar than target's.
#
# Scenarios, each picked from its own catalogue by the same rule:
# - film by id: tt0000002;
# - title page of the most-credited title (`include=all`);
# - the most credited person's filmography: its first page and its last page (20 credits a page);
# - the catalogue sorted by votes; by rating, filtered by genre and years; by year, filtered by type;
# - a batch of 100 films by IMDb id, the same ids on both (spread over the smaller catalogue's ids).
set -euo pipefail
cd "$(dirname "$0")/.."

rounds=3 duration=10 connections=8
while [ $# -gt 2 ]; do
  case "$1" in
    --rounds) rounds=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[ $# -eq 2 ] || { echo "usage: bench/size-reads.sh [--rounds N] [--duration S] [--connections N] SMALL_DATA_DIR LARGE_DATA_DIR" >&2; exit 2; }
dirs=("$(realpath "$1")" "$(realpath "$2")")
names=(small large)
out=${BENCH_OUT:-bench/out-size-reads}
mkdir -p "$out"
java25=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
[ -x "$java25" ] || java25=$(command -v java)
jar=${BENCH_JAR:-$(ls target/marquee-*.jar | head -n 1)}
export MALLOC_ARENA_MAX=2
app_flags=(-Xms256m -Xmx256m -Xmn128m -Xss512k -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=48m
  -XX:MaxDirectMemorySize=32m -XX:+UseSerialGC -XX:TrimNativeHeapInterval=5000)
log() { printf '== %s %s\n' "$(date -u +%H:%M:%S)" "$*"; }
missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v psql >/dev/null || missing+=(postgresql-client)
if [ ${#missing[@]} -gt 0 ]; then
  log "installing ${missing[*]}"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT

app_port=(18290 18291)
pg_port=(15590 15591)
for i in 0 1; do
  log "starting an instance on ${dirs[$i]}"
  setsid "$java25" "${app_flags[@]}" -jar "$jar" --server.port="${app_port[$i]}" \
    --marquee.embedded-postgres.port="${pg_port[$i]}" --marquee.embedded-postgres.data-directory="${dirs[$i]}" \
    --marquee.search.index-directory="$out/search-index-${names[$i]}" --marquee.search.refresh-interval=1000d \
    --marquee.rate-limit.enabled=false --logging.level.dev.marquee.request=warn >"$out/app-${names[$i]}.log" 2>&1 &
  pids+=($!)
done
for i in 0 1; do
  for _ in $(seq 1 1800); do
    curl -sf "http://127.0.0.1:${app_port[$i]}/actuator/health/readiness" >/dev/null && break
    kill -0 "${pids[$i]}" 2>/dev/null || { echo "the ${names[$i]} instance died; see $out/app-${names[$i]}.log" >&2; exit 1; }
    sleep 0.2
  done
done

# An instance whose index folder was empty rebuilds it at start, on the same cores as the reads.
for i in 0 1; do
  while grep -aq "Rebuilding the search index" "$out/app-${names[$i]}.log" &&
    ! grep -aq "Search index merged into one segment" "$out/app-${names[$i]}.log"; do
    kill -0 "${pids[$i]}" 2>/dev/null || { echo "the ${names[$i]} instance died; see $out/app-${names[$i]}.log" >&2; exit 1; }
    sleep 1
  done
done

psql_at() {
  PGPASSWORD=$(cat "${dirs[$1]}/postgres-password") psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "${pg_port[$1]}" \
    -U postgres -d postgres -tA -c "$2"
}
titles_small=$(psql_at 0 "SELECT count(*) FROM film")
declare -A url
for i in 0 1; do
  base="http://127.0.0.1:${app_port[$i]}/api/v1"
  log "${names[$i]}: picking the scenarios' title and person"
  film=$(psql_at "$i" "SELECT f.imdb_id FROM film f JOIN (SELECT film_id, count(*) AS n FROM cast_credit GROUP BY film_id
    ORDER BY n DESC, film_id LIMIT 1) c ON c.film_id = f.id")
  person=$(psql_at "$i" "SELECT p.imdb_id FROM person p JOIN (SELECT person_id, count(*) AS n FROM cast_credit
    GROUP BY person_id ORDER BY n DESC, person_id LIMIT 1) c ON c.person_id = p.id")
  credits=$(psql_at "$i" "SELECT (SELECT count(*) FROM cast_credit c JOIN person p ON p.id = c.person_id WHERE p.imdb_id = '$person')
    + (SELECT count(*) FROM crew_credit c JOIN person p ON p.id = c.person_id WHERE p.imdb_id = '$person')")
  # The last page's cursor: the pages followed from the first, 100 credits at a time, to the last 20.
  cursor="" page=0
  while :; do
    body=$(curl -sf "$base/people/$person/credits?size=100${cursor:+&after=$cursor}")
    next=$(printf '%s' "$body" | python3 -c 'import json,sys; print(json.load(sys.stdin).get("nextCursor") or "")')
    [ -n "$next" ] || break
    cursor=$next page=$((page + 1))
  done
  # The last full 100 begins at cursor; skip 80 of them for the last 20.
  last=$(curl -sf "$base/people/$person/credits?size=80${cursor:+&after=$cursor}" |
    python3 -c 'import json,sys; print(json.load(sys.stdin).get("nextCursor") or "")')
  echo "${names[$i]}: $film (most credited title), $person ($credits credits, $((page + 1)) pages of 100)" |
    tee "$out/picked-${names[$i]}.txt"
  ids=$(awk -v n="$titles_small" 'BEGIN { for (k = 1; k <= 100; k++) printf "%stt%07d", (k > 1 ? "," : ""), int(n * (k - 0.5) / 100) + 1 }')
  url[$i,film-by-id]="$base/films/tt0000002"
  url[$i,title-page-most-credited]="$base/films/$film?include=all"
  url[$i,filmography-first]="$base/people/$person/credits"
  url[$i,filmography-last]="$base/people/$person/credits${last:+?after=$last}"
  url[$i,list-by-votes]="$base/films?sort=-votes"
  url[$i,list-by-rating-drama-2000s]="$base/films?sort=-rating&genre=Drama&yearFrom=2000&yearTo=2009"
  url[$i,list-tv-series-by-year]="$base/films?sort=-year&type=tvSeries"
  url[$i,batch-100]="$base/films/batch?ids=$ids"
done
scenarios=(film-by-id title-page-most-credited filmography-first filmography-last list-by-votes
  list-by-rating-drama-2000s list-tv-series-by-year batch-100)
for s in "${scenarios[@]}"; do
  for i in 0 1; do
    status=$(curl -s -o /dev/null -w '%{http_code}' "${url[$i,$s]}")
    [ "$status" = 200 ] || { echo "$s on the ${names[$i]} catalogue answered $status: ${url[$i,$s]}" >&2; exit 1; }
  done
done

log "warming up both instances (every scenario, 10 s each)"
for s in "${scenarios[@]}"; do
  for i in 0 1; do wrk -t2 -c"$connections" -d10s --timeout 10s "${url[$i,$s]}" >/dev/null 2>&1 || true; done
done
results="$out/results.tsv"
printf 'round\tscenario\tsize\treq_per_s\tp50_ms\tp99_ms\terrors\n' >"$results"
for r in $(seq 1 "$rounds"); do
  order=(0 1); [ $((r % 2)) -eq 0 ] && order=(1 0)
  for s in "${scenarios[@]}"; do
    for i in "${order[@]}"; do
      wrk -t2 -c"$connections" -d"${duration}s" --timeout 10s --latency "${url[$i,$s]}" >"$out/wrk-$r-$s-${names[$i]}.txt" 2>&1
      awk -v r="$r" -v s="$s" -v size="${names[$i]}" '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
        /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) } /Requests\/sec/ { rps = $2 }
        /Non-2xx/ { errors += $NF } /Socket errors/ { split($0, a, /[ ,]+/); for (k in a) if (a[k] ~ /^[0-9]+$/) errors += a[k] }
        END { printf "%s\t%s\t%s\t%.1f\t%.2f\t%.2f\t%d\n", r, s, size, rps, p50, p99, errors }' \
        "$out/wrk-$r-$s-${names[$i]}.txt" | tee -a "$results"
    done
  done
done
for i in 0 1; do
  echo "${names[$i]}: $(psql_at "$i" "SELECT count(*) FROM film") films, RSS $(awk '/VmRSS/ { printf "%.0f MB", $2 / 1024 }' "/proc/${pids[$i]}/status")"
done | tee "$out/sizes.txt"

python3 - "$results" <<'EOF' | tee "$out/summary.md"
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter='\t'))
scenarios = list(dict.fromkeys(r['scenario'] for r in rows))
def fmt(values):
    return f"{statistics.median(values):.2f} ({min(values):.2f}–{max(values):.2f})"
print("| scenario | small p50 ms | large p50 ms | large ÷ small p50 | small req/s | large req/s | errors |")
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
for s in scenarios:
    small = {r['round']: r for r in rows if r['scenario'] == s and r['size'] == 'small'}
    large = {r['round']: r for r in rows if r['scenario'] == s and r['size'] == 'large'}
    ratios = [float(large[k]['p50_ms']) / float(small[k]['p50_ms']) for k in small if k in large]
    errors = sum(int(r['errors']) for r in rows if r['scenario'] == s)
    print(f"| {s} | {fmt([float(r['p50_ms']) for r in small.values()])} | {fmt([float(r['p50_ms']) for r in large.values()])} "
          f"| {fmt(ratios)} | {statistics.median(float(r['req_per_s']) for r in small.values()):.0f} "
          f"| {statistics.median(float(r['req_per_s']) for r in large.values()):.0f} | {errors} |")
EOF
