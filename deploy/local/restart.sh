#!/usr/bin/env bash
# Restarts the instances deploy/local/start.sh started one at a time, as a rolling deploy does: each is stopped
# gracefully (SIGTERM; nginx sends what it refuses to the other instance) and started again, and the next one
# waits until it is ready. The jar is read again, so a rebuilt jar is deployed this way. Takes the same
# environment as start.sh.
set -euo pipefail
source "$(dirname "$0")/common.sh"
[ -f "$dir/running" ] || fail "not started in $dir (deploy/local/start.sh first)"
[ -z "${MARQUEE_JAR:-}" ] || echo "$MARQUEE_JAR" > "$dir/jar"
for n in 1 2; do
  say "Restarting instance $n"
  stop_instance "$n"
  start_instance "$n"
  wait_ready "$n"
  say "Instance $n ready on 127.0.0.1:$((base + n))"
done
