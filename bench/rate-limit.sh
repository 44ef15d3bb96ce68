#!/usr/bin/env bash
# What keeping rate limits in PostgreSQL costs per request, on its own: one instance, started again and again on
# the same port against the local topology's primary (deploy/local; the two instances behind nginx are stopped to
# leave the machine to this one), alternately with MARQUEE_RATE_LIMIT_STORE=memory and =database, the order
# swapped every round. Each start is warmed up the same way, then film by id (anonymous, straight to the instance)
# is measured for every client count asked for: 1 (every request from one address) and many (each request from
# one of N addresses, X-Forwarded-For, which the instance trusts from 127.0.0.1). The anonymous allowance is
# raised out of reach, so every request is counted but none refused: the database store then writes a client's
# count once a second, or after 5 % of its limit (MARQUEE_RATE_LIMIT_LOCAL_SHARE / _SYNC_INTERVAL).
#
#   bench/rate-limit.sh [--rounds N] [--duration SECONDS] [--connections N] [--clients "1 1000"]
#
# Prints one line per round and the median ratios (database ÷ memory) per client count: of throughput, and of the
# CPU time a request costs the instance and the primary together (less sensitive than throughput to other jobs
# on a shared machine); with the rows the database store wrote to the shared buckets per request (PostgreSQL's
# statistics: inserts and updates of rate_limit_bucket). Writes nothing else.
# Needs what deploy/local/start.sh needs, wrk, and a packaged jar (target/marquee-*.jar). MARQUEE_LOCAL_PORT
# moves its six ports (default 28280).
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=3
duration=10
connections=8
clients="1 1000"
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --clients) clients="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "bench/rate-limit.sh: wrk is not installed (apt-get install wrk)" >&2; exit 1; }

export MARQUEE_LOCAL_DIR="${MARQUEE_LOCAL_DIR:-$(mktemp -d /tmp/marquee-rate-limit.XXXXXX)}"
export MARQUEE_LOCAL_PORT="${MARQUEE_LOCAL_PORT:-28280}"
export MARQUEE_RATE_LIMIT_ANONYMOUS=1000000000
source deploy/local/common.sh
port=$((base + 5))
work="$(mktemp -d /tmp/marquee-rate-limit-work.XXXXXX)"

finish() {
  stop_instance 5 || true
  remove_topology
  rm -rf "$work"
}
trap finish EXIT

deploy/local/start.sh
pg_bin="${MARQUEE_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}"
as_pg=(); [ "$(id -u)" -ne 0 ] || as_pg=(runuser -u postgres --)
# rows written to the shared buckets so far (inserted or updated), from PostgreSQL's statistics: a backend
# reports them at the end of a transaction at most once a second, and when idle within 10 s, hence the wait
bucket_writes() {
  sleep 11
  "${as_pg[@]}" "$pg_bin/psql" -h "$(cat "$dir/pg-dir")" -p "$primary_port" -U postgres -d marquee -Atc \
    "select n_tup_ins + n_tup_upd from pg_stat_user_tables where relname = 'rate_limit_bucket'"
}
# CPU time (clock ticks) spent so far by the measured instance and by the primary's server processes
cpu_ticks() {
  local postmaster pids
  postmaster="$(head -n 1 "$(cat "$dir/pg-dir")/primary/postmaster.pid")"
  pids="$(cat "$dir/app5.pid") $postmaster $(ps -o pid= --ppid "$postmaster")"
  for p in $pids; do cat "/proc/$p/stat" 2>/dev/null; done | awk '{ sub(/^.*\) /, ""); t += $12 + $13 } END { print t }'
}
say "Stopping the instances behind nginx: only the measured one runs"
stop_instance 1
stop_instance 2

# film by id, each request from one of CLIENTS addresses (1: no header, the connection's own address)
cat > "$work/clients.lua" <<'LUA'
local clients = tonumber(os.getenv("CLIENTS") or "1")
function request()
  if clients <= 1 then
    return wrk.format("GET", "/api/v1/films/tt3783958")
  end
  local c = math.random(0, clients - 1)
  return wrk.format("GET", "/api/v1/films/tt3783958",
    { ["X-Forwarded-For"] = string.format("10.%d.%d.%d", math.floor(c / 65536), math.floor(c / 256) % 256, c % 256) })
end
LUA

# "req/s requests" of a run
rate() {
  local output
  output="$(CLIENTS="$1" wrk -t2 -c"$connections" -d"${2}s" -s "$work/clients.lua" "http://127.0.0.1:$port" 2>&1)"
  if grep -q "Non-2xx or 3xx" <<<"$output"; then
    echo "bench/rate-limit.sh: answers that were not 200 with $1 clients: $(grep 'Non-2xx' <<<"$output")" >&2
  fi
  awk '/requests in/ { n = $1 } /^Requests\/sec/ { printf "%d %d\n", $2, n }' <<<"$output"
}

# starts the instance with store $1, warms it up, and writes a line per client count:
# "store clients req/s bucket-writes-per-request cpu-ms-per-request" (CPU: the instance's and the primary's)
measure() {
  local store=$1 n writes ticks result requests
  MARQUEE_RATE_LIMIT_STORE="$store" start_instance 5
  wait_ready 5
  for n in $clients; do rate "$n" 5 >/dev/null; done
  for n in $clients; do
    writes=$(bucket_writes) ticks=$(cpu_ticks)
    read -r result requests < <(rate "$n" "$duration")
    ticks=$(($(cpu_ticks) - ticks))
    writes=$(($(bucket_writes) - writes))
    echo "$store $n $result $(awk -v w="$writes" -v t="$ticks" -v r="$requests" -v hz="$(getconf CLK_TCK)" \
      'BEGIN { printf "%.3f %.3f", w / r, t * 1000 / hz / r }')"
  done
  stop_instance 5
}

say "Rounds: each store started, warmed up (5 s per client count) and measured for ${duration} s per client" \
  "count, wrk -t2 -c$connections; load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-6s %8s %15s %13s %8s %15s %15s %8s\n' round clients "database req/s" "memory req/s" ratio \
  "database CPU" "memory CPU" ratio
: > "$work/ratios"
for r in $(seq 1 "$rounds"); do
  if [ $((r % 2)) -eq 1 ]; then order="memory database"; else order="database memory"; fi
  : > "$work/round"
  for store in $order; do measure "$store" >> "$work/round"; done
  for n in $clients; do
    read -r database writes database_cpu < <(awk -v n="$n" '$1 == "database" && $2 == n { print $3, $4, $5 }' "$work/round")
    read -r memory _ memory_cpu < <(awk -v n="$n" '$1 == "memory" && $2 == n { print $3, $4, $5 }' "$work/round")
    ratio=$(awk -v a="$database" -v b="$memory" 'BEGIN { printf "%.2f", a / b }')
    cpu_ratio=$(awk -v a="$database_cpu" -v b="$memory_cpu" 'BEGIN { printf "%.2f", a / b }')
    echo "$n $ratio $cpu_ratio $writes" >> "$work/ratios"
    printf '%-6s %8s %15s %13s %8s %12s ms %12s ms %8s   (%s bucket writes a request)\n' "$r" "$n" "$database" \
      "$memory" "$ratio" "$database_cpu" "$memory_cpu" "$cpu_ratio" "$writes"
  done
done
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
range() { sort -g | sed -n '1p;$p' | paste -sd- -; }
for n in $clients; do
  say "$n client(s), database ÷ memory: req/s $(awk -v n="$n" '$1 == n { print $2 }' "$work/ratios" | median)" \
    "($(awk -v n="$n" '$1 == n { print $2 }' "$work/ratios" | range)), CPU a request" \
    "$(awk -v n="$n" '$1 == n { print $3 }' "$work/ratios" | median) ($(awk -v n="$n" '$1 == n { print $3 }' "$work/ratios" | range));" \
    "bucket writes a request $(awk -v n="$n" '$1 == n { print $4 }' "$work/ratios" | median)"
done
say "load average $(cut -d' ' -f1-3 /proc/loadavg)"
