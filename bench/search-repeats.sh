#!/usr/bin/env bash
# Search, suggest and a film by id measured again on the data of an imdb run, warm and with nothing rebuilding:
# ROUNDS interleaved rounds (default 3) of the three scenarios (wrk, 8 connections, 10 s each, the query mixes
# the run wrote), then the median and range of each figure, the app's CPU time per request (read from
# /proc/PID/stat around each scenario, which a shared machine's other load does not inflate the way it inflates
# latency) and its RSS after. The line for the scale in bench/search-size-repeats.dat is replaced and the chart
# redrawn.
#
#   BENCH_OUT=/abs/out bench/search-repeats.sh SCALE [ROUNDS]      e.g. bench/search-repeats.sh imdb-0.5
#
# BENCH_OUT is the folder of the imdb run (its pg, search-index, titles and queries-*.txt); the app is the jar
# in target/ (built when missing), started with the bench's flags on that data.
set -euo pipefail
cd "$(dirname "$0")/.."
scale=${1:?the scale, e.g. imdb-0.5}
rounds=${2:-3}
out=${BENCH_OUT:?BENCH_OUT names the folder of the imdb run}
port=$((18180 + ${BENCH_PORT_OFFSET:-0}))
pg_port=$((15480 + ${BENCH_PORT_OFFSET:-0}))
java=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
[ -x "$java" ] || java=$(command -v java)
for f in titles queries-search.txt queries-suggest.txt; do
  [ -f "$out/$f" ] || { echo "$out/$f is missing: run bench/run.sh --scale imdb first" >&2; exit 2; }
done
jar=$(ls target/marquee-*.jar 2>/dev/null | head -n 1 || true)
[ -n "$jar" ] || { ./mvnw -q -B -DskipTests package; jar=$(ls target/marquee-*.jar | head -n 1); }

export MALLOC_ARENA_MAX=2
# The heap docs/operations.md gives each size (above 2 million titles 256 MB from the start, half of it young),
# as bench/run.sh does.
heap_flags=(-Xms32m -Xmx160m)
[ "$(cat "$out/titles")" -ge 2000000 ] && heap_flags=(-Xms256m -Xmx256m -Xmn128m)
"$java" "${heap_flags[@]}" -Xss512k -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=48m -XX:MaxDirectMemorySize=32m \
  -XX:+UseSerialGC -XX:TrimNativeHeapInterval=5000 -jar "$jar" --server.port=$port \
  --marquee.embedded-postgres.port=$pg_port --marquee.embedded-postgres.data-directory="$out/pg" \
  --marquee.rate-limit.enabled=false --logging.level.dev.marquee.request=warn >"$out/app-repeats.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 1800); do
  curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null && break
  kill -0 $pid 2>/dev/null || { echo "the app died; see $out/app-repeats.log" >&2; exit 1; }
  sleep 0.1
done
if grep -aq "Rebuilding the search index" "$out/app-repeats.log"; then
  echo "waiting for the index rebuild the start began" >&2
  until grep -aq "Search index rebuilt" "$out/app-repeats.log"; do sleep 2; done
fi

base="http://127.0.0.1:$port"
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$pid/stat"; }
ticks_per_s=$(getconf CLK_TCK)
# run NAME URL [wrk args]: one 10 s scenario; prints "p50 p99 cpu_ms_per_request".
run() {
  local name=$1 url=$2 before after; shift 2
  before=$(cpu_ticks)
  wrk -t2 -c8 -d10s --timeout 10s --latency "$@" "$url" >"$out/repeat-$name.txt" 2>&1
  after=$(cpu_ticks)
  awk -v ticks=$((after - before)) -v hz="$ticks_per_s" '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) } /requests in/ { n = $1 }
    END { printf "%.2f %.2f %.2f\n", p50, p99, (n > 0) ? ticks * 1000 / hz / n : 0 }' "$out/repeat-$name.txt"
}
search() { export QUERIES="$out/queries-search.txt"; run search "$base" -s bench/queries.lua; }
suggest() { export QUERIES="$out/queries-suggest.txt"; run suggest "$base" -s bench/queries.lua; }
by_id() { run by-id "$base/api/v1/films/tt0000002"; }

echo "warming up" >&2
for _ in 1 2 3; do search >/dev/null; suggest >/dev/null; by_id >/dev/null; done
: >"$out/repeats.txt"
for round in $(seq 1 "$rounds"); do
  for scenario in search suggest by_id; do
    figures=$($scenario)
    echo "${scenario/_/-} $figures" >>"$out/repeats.txt"
    echo "round $round: ${scenario/_/-} p50 p99 cpu-ms $figures" >&2
  done
done
rss=$(awk '/RssAnon/ { a = $2 } /RssFile/ { f = $2 } END { printf "%.0f %.0f", a / 1024, f / 1024 }' "/proc/$pid/status")

# Medians and ranges, one line per scale in bench/search-size-repeats.dat, and the summary on stdout.
python3 - "$out/repeats.txt" "$scale" "$(cat "$out/titles")" "$rss" <<'EOF'
import statistics, sys
path, scale, titles, rss = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4].split()
figures = {}
for line in open(path):
    name, p50, p99, cpu = line.split()
    figures.setdefault(name, []).append((float(p50), float(p99), float(cpu)))
def median(name, i): return statistics.median(f[i] for f in figures[name])
def spread(name, i): return "%.2f (%.2f–%.2f)" % (median(name, i), min(f[i] for f in figures[name]), max(f[i] for f in figures[name]))
ratios = sorted(s[0] / b[0] for s, b in zip(figures["search"], figures["by-id"]))
dat = "bench/search-size-repeats.dat"
lines = [l for l in open(dat).read().splitlines() if not l.split() or l.startswith("#") or l.split()[1] != scale]
lines.append("%d %s %.2f %.2f %.2f %.2f %.2f %.2f" % (titles, scale, median("search", 0), median("search", 1),
    median("suggest", 0), median("suggest", 1), median("by-id", 0), median("by-id", 1)))
header = [l for l in lines if l.startswith("#")]
rows = sorted((l for l in lines if l and not l.startswith("#")), key=lambda l: int(l.split()[0]))
open(dat, "w").write("\n".join(header + rows) + "\n")
print(f"{scale} ({titles:,} titles), {len(figures['search'])} rounds, median (range):")
for name in ("search", "suggest", "by-id"):
    print(f"  {name}: p50 {spread(name, 0)} ms, p99 {spread(name, 1)} ms, app CPU {spread(name, 2)} ms per request")
print(f"  search p50 ÷ film by id p50: {statistics.median(ratios):.1f} ({ratios[0]:.1f}–{ratios[-1]:.1f})")
print(f"  app RSS after: {rss[0]} MB anonymous + {rss[1]} MB file (index pages)")
EOF
if command -v gnuplot >/dev/null; then gnuplot -e "datafile='bench/search-size-repeats.dat'" bench/sizes.gp; fi
