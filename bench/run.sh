#!/usr/bin/env bash
# Marquee against its peer (PostGraphile 5) and its limits (the framework with no work; PostgreSQL answering
# the same SQL bare), side by side, in one run, on 127.0.0.1 only. Every figure is reported as a ratio against
# a baseline measured in the same run, because these machines are shared and noisy.
#
#   bench/run.sh [--scale small|large] [--duration SECONDS] [--connections N]
#
# small: 100,000 films (a run of a few minutes); large: 1,000,000 films.
# Writes bench/out/results.tsv, docs/benchmarks.md and the charts docs/bench-rps.png, docs/bench-p99.png.
# Not yet measured here (see docs/benchmarks.md): the IMDb import against a raw COPY, and the soak mode.
set -euo pipefail
cd "$(dirname "$0")/.."

scale=small
duration=10
connections=8
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) scale="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
case "$scale" in
  small) films=100000 ;;
  large) films=1000000 ;;
  *) echo "--scale is small or large" >&2; exit 2 ;;
esac

out=bench/out
rm -rf "$out" && mkdir -p "$out"
app_port=18180
pg_port=15480
peer_port=15678
java25=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
java17=$(command -v java)
[ -x "$java25" ] || java25=$java17
export PGPASSWORD=postgres
pg_url="postgres://postgres:postgres@127.0.0.1:$pg_port/postgres"

log() { printf '== %s\n' "$*"; }

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
    (cd bench/peer && npm install --no-audit --no-fund --loglevel=error >/dev/null)
  fi
}

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT

now() { date +%s.%N; }

# Starts the app from its jar with the given java; sets app_pid, and ready_s to the seconds from launch to
# readiness.
start_app() {
  local java=$1 logfile=$2 started
  started=$(now)
  "$java" -Xmx512m -jar "$jar" --server.port=$app_port --marquee.embedded-postgres.port=$pg_port \
    --marquee.embedded-postgres.data-directory="$out/pg" --marquee.rate-limit.enabled=false >"$logfile" 2>&1 &
  app_pid=$!
  pids+=("$app_pid")
  for _ in $(seq 1 1200); do
    if curl -sf "http://127.0.0.1:$app_port/actuator/health/readiness" >/dev/null; then
      ready_s=$(awk -v end="$(now)" -v start="$started" 'BEGIN { printf "%.1f", end - start }')
      return 0
    fi
    kill -0 "$app_pid" 2>/dev/null || { echo "the app died; see $logfile" >&2; exit 1; }
    sleep 0.1
  done
  echo "the app did not get ready in 120 s" >&2
  exit 1
}

stop_app() {
  kill "$app_pid" && wait "$app_pid" 2>/dev/null || true
}

rss_mb() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

# Samples the RSS of a process every second into a file until the process or the run ends.
sample_rss() {
  local pid=$1 file=$2
  (while kill -0 "$pid" 2>/dev/null; do rss_mb "$pid" >>"$file"; echo >>"$file"; sleep 1; done) &
  pids+=("$!")
}

results="$out/results.tsv"
printf 'scenario\tsystem\treq_per_s\tp50_ms\tp99_ms\terrors\n' >"$results"

# wrk NAME SYSTEM URL [wrk args…]: a warm-up, then the measured run; appends a line to results.
measure() {
  local name=$1 system=$2 url=$3; shift 3
  wrk -t2 -c"$connections" -d3s "$@" "$url" >/dev/null 2>&1 || true
  wrk -t2 -c"$connections" -d"${duration}s" --latency "$@" "$url" >"$out/wrk-$name-$system.txt" 2>&1
  awk -v name="$name" -v sys="$system" '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) } /Requests\/sec/ { rps = $2 }
    /Non-2xx/ { errors += $NF } /Socket errors/ { split($0, a, /[ ,]+/); for (i in a) if (a[i] ~ /^[0-9]+$/) errors += a[i] }
    END { printf "%s\t%s\t%.1f\t%.2f\t%.2f\t%d\n", name, sys, rps, p50, p99, errors }' \
    "$out/wrk-$name-$system.txt" >>"$results"
  tail -n 1 "$results"
}

# pgbench NAME FILE: the same SQL bare, same connection count.
measure_sql() {
  local name=$1 file=$2
  pgbench -h 127.0.0.1 -p $pg_port -U postgres -n -c"$connections" -j2 -T3 -f "$file" postgres >/dev/null 2>&1
  pgbench -h 127.0.0.1 -p $pg_port -U postgres -n -c"$connections" -j2 -T"$duration" -f "$file" -r postgres \
    >"$out/pgbench-$name.txt" 2>&1
  awk -v name="$name" '/^tps/ { tps = $3 } /latency average/ { avg = $4 } /number of failed/ { failed = $5 }
    END { printf "%s\tpostgresql\t%.1f\t%.2f\t\t%d\n", name, tps, avg, failed }' "$out/pgbench-$name.txt" >>"$results"
  tail -n 1 "$results"
}

need
log "building the jar"
./mvnw -q -B -DskipTests package
jar=$(ls target/marquee-*.jar | head -n 1)

log "first start (empty data directory) on $("$java25" -version 2>&1 | head -n 1)"
start_app "$java25" "$out/app-first.log"
ready_first=$ready_s
log "loading a synthetic catalogue of $films films"
psql -q -h 127.0.0.1 -p $pg_port -U postgres -d postgres -v films=$films -f bench/synthetic-catalogue.sql
stop_app
log "restart on Java 25 with virtual threads"
start_app "$java25" "$out/app-25.log"
ready_25=$ready_s
rss_idle_25=$(rss_mb "$app_pid")
sample_rss "$app_pid" "$out/rss-25.txt"

deep_cursor=$(psql -h 127.0.0.1 -p $pg_port -U postgres -d postgres -tAc \
  "select title || chr(31) || id from film order by title, id offset $((films - 20)) limit 1" |
  python3 -c 'import base64,sys; raw="v1\x1ftitle\x1f"+sys.stdin.read().rstrip("\n"); print(base64.urlsafe_b64encode(raw.encode()).decode().rstrip("="))')
base="http://127.0.0.1:$app_port"
log "load: $connections connections, ${duration}s a scenario"
measure trivial marquee "$base/problems/not-found"
measure film-by-id marquee "$base/api/v1/films/tt8000002"
measure title-page marquee "$base/api/v1/films/tt8000001?include=all"
measure title-page-nested marquee "$base/api/v1/films/tt8000001?include=cast,crew,trivia"
measure list-first-page marquee "$base/api/v1/films?size=20"
measure list-deep-page marquee "$base/api/v1/films?size=20&after=$deep_cursor"
measure search marquee "$base/api/v1/search?q=dark%20river&type=film"
measure suggest marquee "$base/api/v1/films/suggest?q=gold"
measure filmography marquee "$base/api/v1/people/nm8000001/credits"
rss_load_25=$(sort -n "$out/rss-25.txt" | tail -n 1)

log "the same SQL bare, through pgbench"
measure_sql film-by-id bench/sql/film-by-id.sql
measure_sql list-first-page bench/sql/list-first-page.sql
measure_sql search bench/sql/search.sql

log "the peer: PostGraphile 5 on the same database"
(cd bench/peer && PEER_PORT=$peer_port GRAPHILE_ENV=production node_modules/.bin/node node_modules/.bin/postgraphile \
  -C graphile.config.mjs -c "$pg_url" -s public >"../out/peer.log" 2>&1) &
pids+=("$!")
for _ in $(seq 1 300); do curl -sf -o /dev/null -X POST -H 'Content-Type: application/json' \
  -d '{"query":"{__typename}"}' "http://127.0.0.1:$peer_port/graphql" && break; sleep 0.1; done
python3 - "$out" <<'EOF'
import json, sys
out = sys.argv[1]
queries = {
    "film-by-id": '{ filmByImdbId(imdbId: "tt8000002") { rowId imdbId title originalTitle type releaseYear endYear '
                  'runtimeMinutes plot genres countries languages color soundMixes aspectRatio adult ratingAverage '
                  'ratingVotes version createdAt updatedAt filmOfficialSitesByFilmId { nodes { label url } } } }',
    "title-page-nested": '{ filmByImdbId(imdbId: "tt8000001") { rowId imdbId title releaseYear '
                  'castCreditsByFilmId(orderBy: BILLING_ORDER_ASC) { nodes { rowId billingOrder characters creditedAs note '
                  'personByPersonId { rowId imdbId name } } } '
                  'crewCreditsByFilmId { nodes { rowId department job creditedAs note personByPersonId { rowId imdbId name } } } '
                  'triviasByFilmId { nodes { rowId text spoiler } } } }',
}
for name, query in queries.items():
    with open(f"{out}/peer-{name}.json", "w") as f:
        json.dump({"query": query}, f)
EOF
for name in film-by-id title-page-nested; do
  export BODY_FILE="$out/peer-$name.json"
  measure "$name" postgraphile "http://127.0.0.1:$peer_port/graphql" -s bench/post.lua
done
stop_app

log "restart on Java 17 for comparison"
start_app "$java17" "$out/app-17.log"
ready_17=$ready_s
rss_idle_17=$(rss_mb "$app_pid")
measure film-by-id marquee-java17 "$base/api/v1/films/tt8000002"
stop_app

log "writing docs/benchmarks.md and the charts"
python3 bench/report.py "$results" "$scale" "$films" "$duration" "$connections" "$ready_first" "$ready_25" "$ready_17" \
  "$rss_idle_25" "$rss_load_25" "$rss_idle_17" "$("$java25" -version 2>&1 | head -n 1)" "$("$java17" -version 2>&1 | head -n 1)"
gnuplot bench/charts.gp
log "done: docs/benchmarks.md"
