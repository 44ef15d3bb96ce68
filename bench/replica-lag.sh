#!/usr/bin/env bash
# How far the streaming replica of the local topology (deploy/local) falls behind under write load, in two phases:
# writers creating films through nginx with the admin key (the API's own writes), then an IMDb import of a
# generated dataset run as a job inside instance 1 (the heaviest writes there are). Meanwhile PostgreSQL's own
# measure of the lag (pg_stat_replication.replay_lag on the primary) is sampled every 0.2 s, and instance 1's
# marquee_db_replica_lag_seconds (what routes reads) every second.
#
#   bench/replica-lag.sh [--writers N] [--duration SECONDS] [--import-titles N]
#
# Prints the writes per second, the import's time and the lag's median, p99 and maximum by both measures in each
# phase; writes nothing else. Needs what deploy/local/start.sh needs and a packaged jar. MARQUEE_LOCAL_PORT moves
# its six ports (default 28090).
set -euo pipefail
cd "$(dirname "$0")/.."
writers=4
duration=60
import_titles=200000
while [ $# -gt 0 ]; do
  case "$1" in
    --writers) writers="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --import-titles) import_titles="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

export MARQUEE_LOCAL_DIR="${MARQUEE_LOCAL_DIR:-$(mktemp -d /tmp/marquee-replica-lag.XXXXXX)}"
export MARQUEE_LOCAL_PORT="${MARQUEE_LOCAL_PORT:-28090}"
export MARQUEE_RATE_LIMIT_ADMIN=0
source deploy/local/common.sh
work="$(mktemp -d /tmp/marquee-replica-lag-samples.XXXXXX)"
# the import job reads the generated files from here
export MARQUEE_IMPORTS_ALLOWED_DIRECTORIES="$work"

finish() {
  remove_topology
  rm -rf "$work"
}
trap finish EXIT

deploy/local/start.sh
pg_dir="$(cat "$dir/pg-dir")"
key="$(cat "$dir/admin-key")"
# Samples both measures of the lag into $work/$1-postgres and $work/$1-instance until $work/$1-done exists.
sample() {
  local phase=$1
  while [ ! -f "$work/$phase-done" ]; do
    "${as_pg[@]}" "$pg_bin/psql" -h "$pg_dir" -p "$primary_port" -U postgres -d postgres -tA \
      -c "SELECT coalesce(extract(epoch FROM replay_lag), 0) FROM pg_stat_replication" >> "$work/$phase-postgres" || true
    sleep 0.2
  done &
  while [ ! -f "$work/$phase-done" ]; do
    curl -s -H "Authorization: Bearer $key" "http://127.0.0.1:$app1_port/actuator/prometheus" \
      | awk '/^marquee_db_replica_lag_seconds/ { print $2 }' >> "$work/$phase-instance" || true
    sleep 1
  done &
}
stats() {
  sort -g "$1" | awk '{ v[NR] = $1 } END { if (NR == 0) { print "no samples"; exit }
    p99 = int(NR * 0.99); if (p99 < 1) p99 = 1
    printf "%d samples: median %.3f s, p99 %.3f s, max %.3f s", NR, v[int((NR + 1) / 2)], v[p99], v[NR] }'
}
report() {
  say "  replica lag, pg_stat_replication.replay_lag: $(stats "$work/$1-postgres")"
  say "  replica lag, instance 1's marquee_db_replica_lag_seconds: $(stats "$work/$1-instance")"
}

write() {
  local n=$1 i=0 end=$((SECONDS + duration)) status
  while [ $SECONDS -lt $end ]; do
    i=$((i + 1))
    status=$(curl -s -o /dev/null -w '%{http_code}' -X POST "http://127.0.0.1:$nginx_port/api/v1/films" \
      -H "Authorization: Bearer $key" -H 'Content-Type: application/json' \
      -d "{\"imdbId\":\"tt9$n$(printf '%06d' $i)\",\"title\":\"Replica lag $n $i\",\"type\":\"movie\"}")
    echo "$status" >> "$work/writer-$n"
  done
}

say "Writes through the API: $writers writers for ${duration}s; load average $(cut -d' ' -f1-3 /proc/loadavg)"
sample api
writers_pids=()
for n in $(seq 1 "$writers"); do write "$n" & writers_pids+=($!); done
wait "${writers_pids[@]}"
touch "$work/api-done"
wait
say "  statuses: $(cat "$work"/writer-* | sort | uniq -c | awk '{ printf "%s x %s  ", $1, $2 }')"
say "  films created: $(cat "$work"/writer-* | grep -c '^201$' || true) in ${duration}s"
report api

say "Generating an IMDb dataset of $import_titles titles"
java -jar "$(cat "$dir/jar")" generate imdb --dir "$work/imdb" --titles "$import_titles" --seed 7 >/dev/null
say "Importing it through instance 1 (POST /api/v1/admin/imports); load average $(cut -d' ' -f1-3 /proc/loadavg)"
sample import
started=$SECONDS
job=$(curl -s -D - -o /dev/null -X POST "http://127.0.0.1:$app1_port/api/v1/admin/imports" \
  -H "Authorization: Bearer $key" -H 'Content-Type: application/json' \
  -d "{\"directory\":\"$work/imdb\",\"deleteMissing\":false}" | awk -F': ' 'tolower($1) == "location" { print $2 }' | tr -d '\r')
[ -n "$job" ] || { touch "$work/import-done"; echo "bench/replica-lag.sh: the import job was not accepted" >&2; exit 1; }
state=""
until [ "$state" = succeeded ] || [ "$state" = failed ] || [ $((SECONDS - started)) -gt 3600 ]; do
  sleep 2
  state=$(curl -s -H "Authorization: Bearer $key" "http://127.0.0.1:$app1_port$job" | python3 -c 'import json, sys; print(json.load(sys.stdin)["state"])' 2>/dev/null || true)
done
touch "$work/import-done"
wait
say "  import job $state after $((SECONDS - started)) s"
report import
say "Load average $(cut -d' ' -f1-3 /proc/loadavg)"
