#!/usr/bin/env bash
# Restarts the instances deploy/local/start.sh started one at a time, as a rolling deploy does: nginx first stops
# sending requests to the instance (marked down, configuration reloaded, the requests it already passed on
# finished), which is then stopped gracefully (SIGTERM), started again and, once ready, put back into rotation by
# another reload, before the next one's turn. Without the drain, nginx would meet the stopping instance's closed
# connections, and could count both instances down at once: the one stopping, and the one just started, which it
# had counted down while it was away and takes back only after a first request succeeds. The jar is read again,
# so a rebuilt jar is deployed this way. Takes the same environment as start.sh.
set -euo pipefail
source "$(dirname "$0")/common.sh"
[ -f "$dir/running" ] || fail "not started in $dir (deploy/local/start.sh first)"
[ -z "${MARQUEE_JAR:-}" ] || echo "$MARQUEE_JAR" > "$dir/jar"
# Should an instance not come back, both are put back into rotation, where nginx skips one that refuses.
trap 'status=$?; [ $status -eq 0 ] || { write_upstream; reload_nginx; }; exit $status' EXIT
for n in 1 2; do
  say "Restarting instance $n"
  write_upstream "$n"
  reload_nginx
  stop_instance "$n"
  start_instance "$n"
  wait_ready "$n"
  write_upstream
  reload_nginx
  say "Instance $n ready on 127.0.0.1:$((base + n))"
done
