# Shared by start.sh, restart.sh and stop.sh (sourced, not run): where the topology lives and how an instance is
# started, stopped and waited for.
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dir="${MARQUEE_LOCAL_DIR:-$repo/data/local}"
base="${MARQUEE_LOCAL_PORT:-18080}"
wait_seconds="${MARQUEE_LOCAL_WAIT:-180}"
nginx_port=$base app1_port=$((base + 1)) app2_port=$((base + 2)) primary_port=$((base + 3)) replica_port=$((base + 4))

nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"
# Debian's newest PostgreSQL, and how to run its programs: PostgreSQL refuses to run as root, so root runs them as
# the postgres user.
pg_bin="${MARQUEE_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}"
as_pg=(); [ "$(id -u)" -ne 0 ] || as_pg=(runuser -u postgres --)

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

# Writes the upstream block nginx.conf includes: both instances, or with instance $1 marked down while it restarts.
# An instance is skipped for 2 s after 3 failed attempts (refused, dropped, 502-504) within 2 s: a single 503 (a
# read cut off by a replica that died under it) is retried on the other instance without marking either down.
write_upstream() {
  local drained=${1:-0} n mark
  {
    echo "upstream marquee {"
    for n in 1 2; do
      mark=""
      [ "$n" -ne "$drained" ] || mark=" down"
      echo "    server 127.0.0.1:$((base + n)) max_fails=3 fail_timeout=2s$mark;"
    done
    echo "    keepalive 32;"
    echo "}"
  } > "$dir/nginx/upstream.conf.new"
  mv "$dir/nginx/upstream.conf.new" "$dir/nginx/upstream.conf"
}

# Makes nginx read its configuration again and waits (up to 30 s) until the workers that ran the old one have
# finished the requests they held and exited: from then on, every request is passed on by the new configuration.
reload_nginx() {
  local master old pid
  master="$(cat "$dir/nginx/nginx.pid")"
  old="$(ps -o pid=,args= --ppid "$master" | awk '/worker process/ {print $1}')"
  "$nginx_bin" -p "$dir/nginx" -c "$dir/nginx/nginx.conf" -e "$dir/nginx/error.log" -s reload
  for _ in $(seq 1 300); do
    local running=0
    for pid in $old; do kill -0 "$pid" 2>/dev/null && running=1; done
    [ "$running" -eq 1 ] || return 0
    sleep 0.1
  done
}

# Stops everything (deploy/local/stop.sh) and removes the topology's data: for the benches, which start one of
# their own in a temporary directory.
remove_topology() {
  "$repo/deploy/local/stop.sh" >/dev/null || true
  local pg
  pg="$(cat "$dir/pg-dir" 2>/dev/null || true)"
  [ -z "$pg" ] || rm -rf "$pg"
  rm -rf "$dir"
}
