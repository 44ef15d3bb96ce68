#!/usr/bin/env bash
# The read replica lost under read load, measured on the local topology (deploy/local: PostgreSQL primary and
# streaming replica, two instances, nginx), on 127.0.0.1. Each round: wrk reads through nginx with a reader key
# (so nothing comes from nginx's cache: every read reaches an instance, which reads the replica); after 5 s the
# replica is stopped at once (pg_ctl -m immediate, as a crash); the round reports
#   - how long until each instance read from the primary (its log's "Reads go to the primary", against the
#     replica's log's "received immediate shutdown request"),
#   - the reads answered in the second after the stop, the slowest of them and how many nginx had to retry on the
#     other instance (its access log),
#   - every read of the round that did not get a 200 (wrk's non-2xx count and socket errors),
# then starts the replica again and waits until both instances read from it before the next round.
#
#   bench/replica-loss.sh [--rounds N] [--duration SECONDS] [--connections N] [--out DIR]
#
# Prints one line per round, each read nginx retried or failed, and the totals; with --out, keeps the instances'
# logs and each round's nginx access log in DIR. Needs what deploy/local/start.sh needs, wrk,
# and a packaged jar (target/marquee-*.jar). MARQUEE_LOCAL_PORT moves its six ports (default 28180).
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=5
duration=15
connections=8
out=""
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[ "$duration" -ge 8 ] || { echo "bench/replica-loss.sh: --duration must be at least 8 s" >&2; exit 2; }
command -v wrk >/dev/null || { echo "bench/replica-loss.sh: wrk is not installed (apt-get install wrk)" >&2; exit 1; }

export MARQUEE_LOCAL_DIR="${MARQUEE_LOCAL_DIR:-$(mktemp -d /tmp/marquee-replica-loss.XXXXXX)}"
export MARQUEE_LOCAL_PORT="${MARQUEE_LOCAL_PORT:-28180}"
export MARQUEE_RATE_LIMIT_READER=0
source deploy/local/common.sh
work="$(mktemp -d /tmp/marquee-replica-loss-work.XXXXXX)"
[ -z "$out" ] || mkdir -p "$out"

finish() {
  if [ -n "$out" ]; then cp "$dir"/app*.log "$out/" 2>/dev/null || true; fi
  remove_topology
  rm -rf "$work"
}
trap finish EXIT

deploy/local/start.sh
admin_key="$(cat "$dir/admin-key")"
pg_dir="$(cat "$dir/pg-dir")"
replica_dir="$pg_dir/replica"
reader_key="$(curl -fsS -H "Authorization: Bearer $admin_key" -H 'Content-Type: application/json' \
  -d '{"name":"replica-loss bench","role":"reader"}' "http://127.0.0.1:$nginx_port/api/v1/admin/api-keys" |
  sed -E 's/.*"key":"([^"]+)".*/\1/')"

# The reads: the demo film's title page, the film alone, a listing and Ryan Gosling's credits, in turn.
cat > "$work/reads.lua" <<LUA
local paths = { "/api/v1/films/tt3783958?include=all", "/api/v1/films/tt3783958", "/api/v1/films?size=20",
  "/api/v1/people/nm0331516/credits" }
local n = 0
wrk.headers["Authorization"] = "Bearer $reader_key"
function request()
  n = n + 1
  return wrk.format("GET", paths[(n % #paths) + 1])
end
LUA

# 1 while instance $1 reads from the replica, 0 while from the primary
replica_reads() {
  curl -fsS -H "Authorization: Bearer $admin_key" "http://127.0.0.1:$1/actuator/prometheus" 2>/dev/null |
    awk '/^marquee_db_replica_reads / { print int($2) }'
}
both_on_replica() { [ "$(replica_reads "$app1_port")" = 1 ] && [ "$(replica_reads "$app2_port")" = 1 ]; }
now_ms() { date +%s%3N; }
# milliseconds from $1 (epoch ms) until instance $2 logged that its reads go to the primary, or "never"
until_on_primary() {
  local since=$1 line at
  line="$(grep -h 'Reads go to the primary' "$dir/app$2.log" | while read -r stamp _; do
    at=$(date -d "$stamp" +%s%3N) && [ "$at" -ge "$since" ] && { echo "$at"; break; }; done)"
  if [ -n "$line" ]; then echo $((line - since)); else echo never; fi
}

say "Waiting until both instances read from the replica"
for _ in $(seq 1 120); do both_on_replica && break; sleep 0.5; done
both_on_replica || fail "the instances do not read from the replica"
wrk -t2 -c"$connections" -d5s -s "$work/reads.lua" "http://127.0.0.1:$nginx_port" >/dev/null

say "Rounds of ${duration} s, wrk -t2 -c$connections through nginx, the replica stopped after 5 s;" \
  "load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-6s %10s %10s %12s %12s %10s %10s %8s %8s\n' round "reads" "not 200" "1 on primary" "2 on primary" \
  "1 s after" "slowest" "retried" "errors"
total_reads=0 total_bad=0 noticed=()
for r in $(seq 1 "$rounds"); do
  : > "$dir/nginx/access.log"
  kill -USR1 "$(cat "$dir/nginx/nginx.pid")"
  wrk -t2 -c"$connections" -d"${duration}s" -s "$work/reads.lua" "http://127.0.0.1:$nginx_port" > "$work/wrk.txt" 2>&1 &
  wrk_pid=$!
  sleep 5
  stopped=$(now_ms)
  "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$replica_dir" -m immediate stop >/dev/null 2>&1
  wait "$wrk_pid"
  # the moment the replica's postmaster got the request, from its log (PostgreSQL's default prefix: %m)
  stamp="$(grep 'received immediate shutdown request' "$pg_dir/replica.log" | tail -n 1 | cut -d' ' -f1-3)"
  [ -z "$stamp" ] || stopped=$(date -d "$stamp" +%s%3N)
  p1="$(until_on_primary "$stopped" 1)" p2="$(until_on_primary "$stopped" 2)"
  reads=$(awk '/requests in/ { print $1 }' "$work/wrk.txt")
  bad=$(awk '/Non-2xx or 3xx/ { print $NF }' "$work/wrk.txt")
  errors=$(awk -F'[ ,]+' '/Socket errors/ { print $4 + $6 + $8 + $10 }' "$work/wrk.txt")
  # nginx's access log: the reads that ended in the second after the stop, the slowest of them, and the reads
  # of the round nginx passed to both instances (a 503 from the first retried on the second)
  read -r window slowest < <(awk -v from="$stopped" '
    { t = $0; sub(/.*request_time=/, "", t); sub(/ .*/, "", t)
      at = $0; sub(/.*at=/, "", at); at = at * 1000
      if (at >= from && at <= from + 1000) { n++; if (t + 0 > max) max = t + 0 } }
    END { printf "%d %.3f\n", n, max }' "$dir/nginx/access.log")
  retried=$(grep -c 'upstream_status=[0-9]*, ' "$dir/nginx/access.log" || true)
  bad=${bad:-0} errors=${errors:-0}
  printf '%-6s %10s %10s %10s ms %10s ms %10s %8s s %8s %8s\n' "$r" "$reads" "$bad" "$p1" "$p2" "$window" \
    "$slowest" "$retried" "$errors"
  total_reads=$((total_reads + reads)) total_bad=$((total_bad + bad + errors))
  noticed+=("$( [ "$p1" = never ] || [ "$p2" = never ] && echo never || echo $((p1 > p2 ? p1 : p2)))")
  # what nginx retried or could not answer, and why (the instances' logs are kept with --out)
  grep -E 'upstream_status=[0-9]*, | (5[0-9][0-9]|4[0-9][0-9]) [0-9]+ upstream' "$dir/nginx/access.log" |
    sed -E 's/^.*"GET ([^ ]*) [^"]*" ([0-9]+) .*(upstream=[^ ]* [^ ]* [^ ]*).*(upstream_status=[^ ]*( [0-9]+)?).*/   \1 \2 \3 \4/' >&2 || true
  if [ -n "$out" ]; then cp "$dir/nginx/access.log" "$out/access-$r.log"; fi
  "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$replica_dir" -l "$pg_dir/replica.log" -w -t 60 start >/dev/null
  for _ in $(seq 1 120); do both_on_replica && break; sleep 0.5; done
  both_on_replica || fail "round $r: the instances did not go back to the replica"
done
say "Totals: $total_reads reads, $total_bad not answered 200; both instances on the primary after" \
  "$(printf '%s ms ' "${noticed[@]}")(per round); load average $(cut -d' ' -f1-3 /proc/loadavg)"
