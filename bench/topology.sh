#!/usr/bin/env bash
# The several-instances topology measured (deploy/local: PostgreSQL primary and streaming replica, two instances,
# nginx), in one run on 127.0.0.1, rounds interleaved so that a shared, noisy machine treats every side alike:
#   - film by id on one instance, rate limits in PostgreSQL (MARQUEE_RATE_LIMIT_STORE=database) against a third
#     instance beside it with them in memory (the default): what sharing the limits costs per request;
#   - an anonymous title page (?include=all) through nginx's cache against the same page from one instance alone.
# The anonymous allowance is raised out of reach, so every request is counted but none refused.
#
#   bench/topology.sh [--rounds N] [--duration SECONDS] [--connections N]
#
# Prints one line per round and the median ratios; writes nothing else. Needs what deploy/local/start.sh needs,
# wrk, and a packaged jar (target/marquee-*.jar). MARQUEE_LOCAL_PORT moves its six ports (default 28080).
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=3
duration=10
connections=8
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "bench/topology.sh: wrk is not installed (apt-get install wrk)" >&2; exit 1; }

export MARQUEE_LOCAL_DIR="${MARQUEE_LOCAL_DIR:-$(mktemp -d /tmp/marquee-topology-bench.XXXXXX)}"
export MARQUEE_LOCAL_PORT="${MARQUEE_LOCAL_PORT:-28080}"
export MARQUEE_RATE_LIMIT_ANONYMOUS=1000000000
source deploy/local/common.sh
memory_port=$((base + 5))

finish() {
  stop_instance 5 || true
  remove_topology
}
trap finish EXIT

deploy/local/start.sh
say "Instance with rate limits in memory on 127.0.0.1:$memory_port"
MARQUEE_RATE_LIMIT_STORE=memory start_instance 5
wait_ready 5

film="/api/v1/films/tt3783958"
page="/api/v1/films/tt3783958?include=all"
# requests per second that wrk reports, and the share of answers that were not 2xx/3xx
rate() {
  local output
  output="$(wrk -t2 -c"$connections" -d"${2}s" --latency "http://127.0.0.1:$1" 2>&1)"
  if grep -q "Non-2xx or 3xx" <<<"$output"; then
    echo "bench/topology.sh: errors from $1: $(grep 'Non-2xx' <<<"$output")" >&2
  fi
  awk '/^Requests\/sec/ { printf "%d", $2 }' <<<"$output"
}

say "Warm-up (5 s each)"
for target in "$app1_port$film" "$memory_port$film" "$nginx_port$page" "$app1_port$page"; do rate "$target" 5 >/dev/null; done
curl -fsS -o /dev/null -D - "http://127.0.0.1:$nginx_port$page" | grep -i '^x-cache-status'

say "Rounds of ${duration}s, wrk -t2 -c$connections; load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-6s %14s %14s %8s %14s %14s %8s\n' round "film db-limit" "film mem-limit" ratio "page cached" "page alone" ratio
ratios_limit=() ratios_cache=()
for r in $(seq 1 "$rounds"); do
  database=$(rate "$app1_port$film" "$duration")
  memory=$(rate "$memory_port$film" "$duration")
  cached=$(rate "$nginx_port$page" "$duration")
  alone=$(rate "$app1_port$page" "$duration")
  limit_ratio=$(awk -v a="$database" -v b="$memory" 'BEGIN { printf "%.2f", a / b }')
  cache_ratio=$(awk -v a="$cached" -v b="$alone" 'BEGIN { printf "%.1f", a / b }')
  ratios_limit+=("$limit_ratio") ratios_cache+=("$cache_ratio")
  printf '%-6s %14s %14s %8s %14s %14s %8s\n' "$r" "$database" "$memory" "$limit_ratio" "$cached" "$alone" "$cache_ratio"
done
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
say "Median: film by id with shared rate limits = $(median "${ratios_limit[@]}") of in-memory;" \
  "title page through the cache = $(median "${ratios_cache[@]}") x one instance; load average $(cut -d' ' -f1-3 /proc/loadavg)"
