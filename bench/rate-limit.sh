#!/usr/bin/env bash
# What keeping rate limits in PostgreSQL costs per request, on its own: two instances against the local topology's
# primary and replica (deploy/local), side by side, one with MARQUEE_RATE_LIMIT_STORE=memory and one with =database,
# started again every round with the stores swapped between them (and so the order they start in), warmed up
# together, then loaded together: film by id, anonymous, straight to each instance, one wrk each at once, for every
# client count asked for: 1 (every request from one address) and many (each request from one of N addresses,
# X-Forwarded-For, which an instance trusts from 127.0.0.1). Measured at the same moment, both instances share
# whatever else the machine runs. The anonymous allowance is raised out of reach, so every request is counted but
# none refused: the database store then writes a client's count once a minute, or after 5 % of its limit
# (MARQUEE_RATE_LIMIT_SYNC_INTERVAL / _LOCAL_SHARE).
#
#   bench/rate-limit.sh [--rounds N] [--duration SECONDS] [--warm-up SECONDS] [--connections N] [--clients "1 1000"]
#
# The warm-up (default 70 s per client count) outlasts a client's minute, so what is measured is the steady state:
# every client's bucket row exists, and each is written once its minute (or its 5 %) has passed.
#
# Prints one line per round and client count, then the median ratios (database ÷ memory) per client count: of
# throughput, and of the CPU time a request costs: the instance's own and that of the PostgreSQL backends serving
# its connections on the primary and the replica (matched by their client ports), less sensitive than throughput to
# other jobs on a shared machine; with the rows the database store wrote to the shared buckets per request of its
# instance (PostgreSQL's statistics: inserts and updates of rate_limit_bucket). Writes nothing else.
# Needs what deploy/local/start.sh needs, wrk, ss, and a packaged jar (target/marquee-*.jar). MARQUEE_LOCAL_PORT
# moves its ports (default 28280). --connections is per instance (default 4).
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=3
duration=20
warm_up=70
connections=4
clients="1 1000"
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --warm-up) warm_up="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --clients) clients="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "bench/rate-limit.sh: wrk is not installed (apt-get install wrk)" >&2; exit 1; }
command -v ss >/dev/null || { echo "bench/rate-limit.sh: ss is not installed (apt-get install iproute2)" >&2; exit 1; }

export MARQUEE_LOCAL_DIR="${MARQUEE_LOCAL_DIR:-$(mktemp -d /tmp/marquee-rate-limit.XXXXXX)}"
export MARQUEE_LOCAL_PORT="${MARQUEE_LOCAL_PORT:-28280}"
export MARQUEE_RATE_LIMIT_ANONYMOUS=1000000000
source deploy/local/common.sh
work="$(mktemp -d /tmp/marquee-rate-limit-work.XXXXXX)"

finish() {
  remove_topology
  rm -rf "$work"
}
trap finish EXIT

deploy/local/start.sh
sql() {
  "${as_pg[@]}" "$pg_bin/psql" -h "$(cat "$dir/pg-dir")" -p "$1" -U postgres -d marquee -Atc "$2"
}
# rows written to the shared buckets so far (inserted or updated), from PostgreSQL's statistics: a backend
# reports them at the end of a transaction at most once a second, and when idle within 10 s, hence the wait
bucket_writes() {
  sleep 11
  sql "$primary_port" "select n_tup_ins + n_tup_upd from pg_stat_user_tables where relname = 'rate_limit_bucket'"
}
# The pids of the PostgreSQL backends (primary and replica) serving instance $1's connections: its sockets' local
# ports (ss) are the backends' client ports (pg_stat_activity).
backends() {
  local pid ports
  pid="$(cat "$dir/app$1.pid")"
  ports="$(ss -tnpH state established "( dport = :$primary_port or dport = :$replica_port )" |
    awk -v p="pid=$pid," 'index($0, p) { n = split($3, a, ":"); print a[n] }')"
  for db in "$primary_port" "$replica_port"; do
    sql "$db" "select client_port, pid from pg_stat_activity where client_port is not null"
  done | awk -F'|' -v ports=" $(echo $ports) " 'index(ports, " " $1 " ") { print $2 }'
}
# CPU time (clock ticks) spent so far by instance $1 and the backends serving it
cpu_ticks() {
  local p
  for p in "$(cat "$dir/app$1.pid")" $(backends "$1"); do cat "/proc/$p/stat" 2>/dev/null; done |
    awk '{ sub(/^.*\) /, ""); t += $12 + $13 } END { print t + 0 }'
}
say "Stopping the instances the topology started: each round starts its own pair"
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

# load on instance $1 with $2 clients for $3 seconds; writes "req/s requests" to $4
load() {
  local output
  output="$(CLIENTS="$2" wrk -t1 -c"$connections" -d"${3}s" -s "$work/clients.lua" "http://127.0.0.1:$((base + $1))" 2>&1)"
  if grep -q "Non-2xx or 3xx" <<<"$output"; then
    echo "bench/rate-limit.sh: answers that were not 200 from instance $1 with $2 clients: $(grep 'Non-2xx' <<<"$output")" >&2
  fi
  awk '/requests in/ { n = $1 } /^Requests\/sec/ { printf "%d %d\n", $2, n }' <<<"$output" > "$4"
}

say "Rounds: two instances started (stores swapped every round), warmed up together (${warm_up} s per client count), then" \
  "loaded together for ${duration} s per client count, wrk -t1 -c$connections each; load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-6s %8s %15s %13s %8s %15s %15s %8s\n' round clients "database req/s" "memory req/s" ratio \
  "database CPU" "memory CPU" ratio
: > "$work/ratios"
hz="$(getconf CLK_TCK)"
for r in $(seq 1 "$rounds"); do
  # odd rounds: memory on instance 1, started first; even rounds: database there
  if [ $((r % 2)) -eq 1 ]; then memory=1 database=2; else memory=2 database=1; fi
  MARQUEE_RATE_LIMIT_STORE=memory start_instance "$memory"
  MARQUEE_RATE_LIMIT_STORE=database start_instance "$database"
  wait_ready 1
  wait_ready 2
  for n in $clients; do
    load 1 "$n" "$warm_up" /dev/null & a=$!
    load 2 "$n" "$warm_up" /dev/null & b=$!
    wait "$a" "$b"
  done
  for n in $clients; do
    writes=$(bucket_writes) memory_ticks=$(cpu_ticks "$memory") database_ticks=$(cpu_ticks "$database")
    load "$memory" "$n" "$duration" "$work/memory" & a=$!
    load "$database" "$n" "$duration" "$work/database" & b=$!
    wait "$a" "$b"  # not a bare wait: the instances are this shell's children too
    memory_ticks=$(($(cpu_ticks "$memory") - memory_ticks)) database_ticks=$(($(cpu_ticks "$database") - database_ticks))
    writes=$(($(bucket_writes) - writes))
    read -r memory_rate memory_requests < "$work/memory"
    read -r database_rate database_requests < "$work/database"
    read -r ratio cpu_memory cpu_database cpu_ratio per_request < <(awk -v dr="$database_rate" -v mr="$memory_rate" \
      -v dn="$database_requests" -v mn="$memory_requests" -v dt="$database_ticks" -v mt="$memory_ticks" \
      -v w="$writes" -v hz="$hz" 'BEGIN { m = mt * 1000 / hz / mn; d = dt * 1000 / hz / dn;
        printf "%.2f %.3f %.3f %.2f %.3f\n", dr / mr, m, d, d / m, w / dn }')
    echo "$n $ratio $cpu_ratio $per_request" >> "$work/ratios"
    printf '%-6s %8s %15s %13s %8s %12s ms %12s ms %8s   (%s bucket writes a request)\n' "$r" "$n" "$database_rate" \
      "$memory_rate" "$ratio" "$cpu_database" "$cpu_memory" "$cpu_ratio" "$per_request"
  done
  stop_instance 1
  stop_instance 2
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
