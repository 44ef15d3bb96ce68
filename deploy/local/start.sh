#!/usr/bin/env bash
# Starts Marquee's multi-instance topology on this machine, every piece on 127.0.0.1 and under one data directory:
#   PostgreSQL primary + a streaming replica (pg_basebackup -R), two Marquee instances (the built jar) reading from
#   the replica and writing to the primary, and nginx in front as load balancer and HTTP cache.
# Needs Debian's postgresql (15+) and nginx packages and a JDK 17+. Stop everything with deploy/local/stop.sh.
#
# Settings (environment):
#   MARQUEE_LOCAL_DIR   data directory (default: data/local in the repository)
#   MARQUEE_LOCAL_PORT  first of six consecutive ports (default 18080): nginx, instance 1, instance 2, primary,
#                       replica, (spare)
#   MARQUEE_JAR         the application jar (default: target/marquee-*.jar; built when missing)
#   MARQUEE_LOCAL_WAIT  seconds to wait for the instances to be ready (default 180)
set -euo pipefail
source "$(dirname "$0")/common.sh"

[ -x "$pg_bin/pg_basebackup" ] || fail "PostgreSQL's server binaries are not installed (apt-get install postgresql)"
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || fail "nginx is not installed (apt-get install nginx)"
command -v java >/dev/null || fail "java (17+) is not on the PATH"
command -v ps >/dev/null || fail "ps is not installed (apt-get install procps)"
[ ! -f "$dir/running" ] || fail "already started in $dir (deploy/local/stop.sh first)"

jar="${MARQUEE_JAR:-$(ls "$repo"/target/marquee-*.jar 2>/dev/null | grep -v -- '-plain' | head -n 1 || true)}"
if [ -z "$jar" ]; then
  say "Building the jar"
  (cd "$repo" && ./mvnw -q -B -ntp -DskipTests package)
  jar="$(ls "$repo"/target/marquee-*.jar | grep -v -- '-plain' | head -n 1)"
fi

jar="$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")"
mkdir -p "$dir"
dir="$(cd "$dir" && pwd)"
umask 077

# Run by root, the clusters belong to the postgres user (as_pg), in a directory it can reach.
pg_dir="$dir/pg"
if [ "$(id -u)" -eq 0 ]; then
  if ! runuser -u postgres -- test -x "$dir"; then
    pg_dir="/var/tmp/marquee-local-pg-$(printf '%s' "$dir" | md5sum | cut -c1-12)"
  fi
fi
echo "$pg_dir" > "$dir/pg-dir"
mkdir -p "$pg_dir"
[ ${#as_pg[@]} -eq 0 ] || chown postgres: "$pg_dir"
pg() { "${as_pg[@]}" "$@"; }

[ -f "$dir/password" ] || head -c 24 /dev/urandom | base64 | tr -d '/+=' > "$dir/password"
password="$(cat "$dir/password")"
[ -f "$dir/admin-key" ] || echo "mq_$(head -c 32 /dev/urandom | base64 | tr '/+' '_-' | tr -d '=' | cut -c1-43)" > "$dir/admin-key"
touch "$dir/running"

primary="$pg_dir/primary" replica="$pg_dir/replica"
if [ ! -f "$primary/PG_VERSION" ]; then
  say "Creating the primary in $primary"
  printf '%s\n' "$password" > "$pg_dir/pwfile"
  [ ${#as_pg[@]} -eq 0 ] || chown postgres: "$pg_dir/pwfile"
  pg "$pg_bin/initdb" -D "$primary" -U postgres --pwfile="$pg_dir/pwfile" -E UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host=scram-sha-256 >/dev/null
  rm -f "$pg_dir/pwfile"
  pg tee -a "$primary/postgresql.conf" >/dev/null <<CONF
listen_addresses = '127.0.0.1'
port = $primary_port
unix_socket_directories = '$pg_dir'
max_connections = 100
wal_level = replica
max_wal_senders = 5
wal_keep_size = '256MB'
hot_standby = on
CONF
  echo "host replication replicator 127.0.0.1/32 scram-sha-256" | pg tee -a "$primary/pg_hba.conf" >/dev/null
  pg "$pg_bin/pg_ctl" -D "$primary" -l "$pg_dir/primary.log" -w -t 60 start >/dev/null
  pg "$pg_bin/psql" -q -h "$pg_dir" -p "$primary_port" -U postgres -d postgres -v ON_ERROR_STOP=1 <<SQL
CREATE ROLE marquee LOGIN PASSWORD '$password';
CREATE ROLE replicator LOGIN REPLICATION PASSWORD '$password';
CREATE DATABASE marquee OWNER marquee;
SQL
else
  pg "$pg_bin/pg_ctl" -D "$primary" -l "$pg_dir/primary.log" -w -t 60 start >/dev/null
fi
say "Primary on 127.0.0.1:$primary_port"

if [ ! -f "$replica/PG_VERSION" ]; then
  say "Copying the primary into the replica (pg_basebackup -R)"
  printf '127.0.0.1:%s:replication:replicator:%s\n' "$primary_port" "$password" > "$pg_dir/pgpass"
  chmod 600 "$pg_dir/pgpass"
  [ ${#as_pg[@]} -eq 0 ] || chown postgres: "$pg_dir/pgpass"
  pg env PGPASSFILE="$pg_dir/pgpass" "$pg_bin/pg_basebackup" -h 127.0.0.1 -p "$primary_port" -U replicator \
    -D "$replica" -R -X stream -c fast
  pg tee -a "$replica/postgresql.conf" >/dev/null <<CONF
port = $replica_port
CONF
fi
pg "$pg_bin/pg_ctl" -D "$replica" -l "$pg_dir/replica.log" -w -t 60 start >/dev/null
say "Replica on 127.0.0.1:$replica_port"

# Both instances start at once, as after a deploy: migrations, the admin key and the demo film serialize on locks.
echo "$jar" > "$dir/jar"
for n in 1 2; do
  say "Instance $n on 127.0.0.1:$((base + n))"
  start_instance "$n"
done

cache="$dir/nginx"
mkdir -p "$cache/cache" "$cache/temp"
user_line=""; [ "$(id -u)" -ne 0 ] || user_line="user root;"
cat > "$cache/nginx.conf" <<CONF
$user_line
worker_processes 1;
pid $cache/nginx.pid;
error_log $cache/error.log warn;
events { worker_connections 1024; }
http {
    # Which instance answered each request and how (a retried request lists both), for reading a failure back.
    log_format upstreams '\$remote_addr [\$time_local] "\$request" \$status \$body_bytes_sent '
                         'upstream=\$upstream_addr upstream_status=\$upstream_status '
                         'request_time=\$request_time upstream_time=\$upstream_response_time cache=\$upstream_cache_status '
                         'at=\$msec';
    access_log $cache/access.log upstreams;
    client_body_temp_path $cache/temp/body;
    proxy_temp_path $cache/temp/proxy;
    fastcgi_temp_path $cache/temp/fastcgi;
    uwsgi_temp_path $cache/temp/uwsgi;
    scgi_temp_path $cache/temp/scgi;
    client_max_body_size 16m;
    # The proxy and cache rules (shared with deploy/compose) are in deploy/nginx/marquee-proxy.conf.
    proxy_cache_path $cache/cache levels=1:2 keys_zone=marquee:16m max_size=512m inactive=10m use_temp_path=off;

    # The instances, with the rules that take one out of rotation (written by write_upstream in common.sh)
    include $cache/upstream.conf;

    server {
        listen 127.0.0.1:$nginx_port;
        location / {
            include $repo/deploy/nginx/marquee-proxy.conf;
        }
    }
}
CONF
write_upstream
"$nginx_bin" -p "$cache" -c "$cache/nginx.conf" -e "$cache/error.log"
say "nginx on 127.0.0.1:$nginx_port"

for n in 1 2; do wait_ready "$n"; done
say "Ready: http://127.0.0.1:$nginx_port/api/v1/films/tt3783958 (admin key in $dir/admin-key)"
