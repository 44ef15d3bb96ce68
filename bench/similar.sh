#!/usr/bin/env bash
# "More like this" (GET /api/v1/films/{id}/similar) against a running Marquee, next to film by id in the same run:
# the films asked about are the 100 most voted (the most credits and genres to compare), the 100 oldest and the 100
# newest of the catalogue, each asked in turn (bench/queries.lua). ROUNDS interleaved rounds of wrk, each scenario at
# 1 connection (the latency one user sees) and at CONNECTIONS (under load).
# Needs curl, wrk and python3. Usage: bench/similar.sh [base-url]   (anonymous rate limit off on the server:
# MARQUEE_RATE_LIMIT_ANONYMOUS=0)
set -euo pipefail
base=${1:-http://127.0.0.1:8080}
connections=${CONNECTIONS:-8}
duration=${DURATION:-15}
rounds=${ROUNDS:-3}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for sort in -votes year -year; do
  curl -sS -f "$base/api/v1/films?sort=$sort&size=100" |
    python3 -c 'import json,sys; [print(f["imdbId"]) for f in json.load(sys.stdin)["items"]]'
done | sort -u >"$work/films"
echo "$(wc -l <"$work/films") films"
sed 's|^|/api/v1/films/|; s|$|/similar|' "$work/films" >"$work/similar.txt"
sed 's|^|/api/v1/films/|' "$work/films" >"$work/film.txt"

run() { # name connections
  QUERIES="$work/$1.txt" wrk -t1 -c"$2" -d"${duration}s" --latency -s "$here/queries.lua" "$base" | awk -v name="$1" -v c="$2" \
    '/Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} /Non-2xx/ {bad=$NF}
     END {printf "%-8s c=%-2s %9s req/s  p50 %8s  p99 %8s  non-2xx %s\n", name, c, rps, p50, p99, (bad == "" ? 0 : bad)}'
}
# warm-up: every film asked once per scenario
QUERIES="$work/similar.txt" wrk -t1 -c2 -d10s -s "$here/queries.lua" "$base" >/dev/null
QUERIES="$work/film.txt" wrk -t1 -c2 -d5s -s "$here/queries.lua" "$base" >/dev/null
for round in $(seq "$rounds"); do
  echo "round $round (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  for c in 1 "$connections"; do
    run similar "$c"
    run film "$c"
  done
done
