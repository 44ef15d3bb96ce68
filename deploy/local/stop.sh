#!/usr/bin/env bash
# Stops what deploy/local/start.sh started: nginx, both instances (graceful, then killed after 30 s), the replica
# and the primary. Data stays in the data directory (MARQUEE_LOCAL_DIR); remove it to start afresh.
set -uo pipefail
source "$(dirname "$0")/common.sh"
[ -d "$dir" ] || { echo "deploy/local/stop.sh: nothing in $dir"; exit 0; }

if [ -f "$dir/nginx/nginx.pid" ]; then
  "$nginx_bin" -p "$dir/nginx" -c "$dir/nginx/nginx.conf" -e "$dir/nginx/error.log" -s quit 2>/dev/null || true
fi
for n in 1 2; do stop_instance "$n"; done
pg_dir="$(cat "$dir/pg-dir" 2>/dev/null || echo "$dir/pg")"
for cluster in replica primary; do
  if [ -f "$pg_dir/$cluster/postmaster.pid" ]; then
    "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/$cluster" -m fast -w -t 60 stop >/dev/null 2>&1 || true
  fi
done
rm -f "$dir/running"
echo "== Stopped (data kept in $dir)"
