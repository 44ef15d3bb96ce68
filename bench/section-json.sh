#!/usr/bin/env bash
# Section JSON built by PostgreSQL against rows written by Jackson: bench/section-json/SectionJson.java run against
# the 120-credit film of bench/synthetic-catalogue.sql (tt8000001, 100 cast and 20 crew) on an instance of its own.
# Starts the jar in target/ (or BENCH_JAR) on a fresh embedded data directory (the demo catalogue), adds that film
# (films=1), then runs the harness on Java 25 with the driver and Jackson jars the app itself ships (taken from
# the jar's BOOT-INF/lib): one connection, ROUNDS rounds of the three ways in turn (the order rotating), each
# ITERATIONS pages. Writes $BENCH_OUT (bench/out-section-json)/results.tsv and prints it.
# Usage: bench/section-json.sh [ROUNDS] [ITERATIONS]   (defaults 5 and 3000)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-5}
iterations=${2:-3000}
out=${BENCH_OUT:-bench/out-section-json}
app_port=${BENCH_APP_PORT:-18190}
pg_port=${BENCH_PG_PORT:-15490}
java25=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
[ -x "$java25" ] || java25=$(command -v java)
jar=${BENCH_JAR:-$(ls target/marquee-*.jar | head -n 1)}
rm -rf "$out"
mkdir -p "$out/lib"
app_pid=
cleanup() { [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null; true; }
trap cleanup EXIT

setsid "$java25" -Xmx256m -XX:+UseSerialGC -jar "$jar" --server.port="$app_port" \
  --marquee.embedded-postgres.port="$pg_port" --marquee.embedded-postgres.data-directory="$out/pg" \
  >"$out/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 600); do
  curl -sf -o /dev/null "http://127.0.0.1:$app_port/actuator/health/readiness" && break
  kill -0 "$app_pid" 2>/dev/null || { echo "the app stopped; see $out/app.log" >&2; exit 1; }
  sleep 0.5
done
export PGPASSWORD
PGPASSWORD=$(cat "$out/pg/postgres-password")
psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -v films=1 \
  -f bench/synthetic-catalogue.sql >/dev/null

(cd "$out/lib" && unzip -q -j "$OLDPWD/$jar" 'BOOT-INF/lib/postgresql-*.jar' 'BOOT-INF/lib/jackson-core-3*.jar' \
  'BOOT-INF/lib/jackson-databind-3*.jar' 'BOOT-INF/lib/jackson-annotations-*.jar')
classpath=$(ls "$out"/lib/*.jar | paste -sd: -)
"$java25" -XX:+UseSerialGC -cp "$classpath" bench/section-json/SectionJson.java \
  "jdbc:postgresql://127.0.0.1:$pg_port/postgres" postgres "$PGPASSWORD" tt8000001 "$rounds" "$iterations" |
  tee "$out/results.tsv"
