# Shared by start.sh, restart.sh and stop.sh (sourced, not run): where the topology lives and how an instance is
# started, stopped and waited for.
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dir="${MARQUEE_LOCAL_DIR:-$repo/data/local}"
base="${MARQUEE_LOCAL_PORT:-18080}"
wait_seconds="${MARQUEE_LOCAL_WAIT:-180}"
nginx_port=$base app1_port=$((base + 1)) app2_port=$((base + 2)) primary_port=$((base + 3)) replica_port=$((base + 4))

say() { echo "== $*"; }
fail() { echo "deploy/local/$(basename "$0"): $*" >&2; exit 1; }

# Starts instance $1 in the background (1 and 2 behind nginx; a number up to 5 for one beside them, on port
# base + $1 of the free ones): writes to the primary, reads from the replica, rate limits in the database unless
# MARQUEE_RATE_LIMIT_STORE says otherwise. Other MARQUEE_* / SPRING_* settings in the environment reach it.
start_instance() {
  local n=$1 port=$((base + $1))
  SERVER_ADDRESS=127.0.0.1 SERVER_PORT=$port \
  SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$primary_port/marquee" \
  SPRING_DATASOURCE_USERNAME=marquee SPRING_DATASOURCE_PASSWORD="$(cat "$dir/password")" \
  MARQUEE_READ_REPLICA_URL="jdbc:postgresql://127.0.0.1:$replica_port/marquee" \
  MARQUEE_ADMIN_KEY="$(cat "$dir/admin-key")" MARQUEE_RATE_LIMIT_STORE="${MARQUEE_RATE_LIMIT_STORE:-database}" \
  SPRING_DATASOURCE_HIKARI_MAXIMUM_POOL_SIZE=10 \
    nohup java -Xmx384m -jar "$(cat "$dir/jar")" \
      >>"$dir/app$n.log" 2>&1 </dev/null &
  echo $! > "$dir/app$n.pid"
}

# Stops instance $1 gracefully (SIGTERM: it refuses new connections and finishes the requests it has), killing
# it after 30 s.
stop_instance() {
  local pid_file="$dir/app$1.pid" pid
  [ -f "$pid_file" ] || return 0
  pid="$(cat "$pid_file")"
  if kill -TERM "$pid" 2>/dev/null; then
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$pid_file"
}

# Waits until instance $1 says it is ready (200 from /actuator/health/readiness, UP or DEGRADED).
wait_ready() {
  local n=$1 port=$((base + $1)) deadline=$((SECONDS + wait_seconds))
  until curl -fsS -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null; do
    kill -0 "$(cat "$dir/app$n.pid")" 2>/dev/null || fail "instance $n stopped; see $dir/app$n.log"
    [ $SECONDS -lt $deadline ] || fail "instance $n not ready after ${wait_seconds}s; see $dir/app$n.log"
    sleep 1
  done
}
