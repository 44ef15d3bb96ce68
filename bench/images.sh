#!/usr/bin/env bash
# Images against a running Marquee (./mvnw spring-boot:run; the admin key from ./data/admin-key):
#  1. an upload of a ~10 MB JPEG (a 4000 × 6000 photo-like picture made with ImageMagick) until every size is
#     ready, which is when the upload answers: the time of each of 5 uploads (each a new picture);
#  2. serving the demo poster's w342 file vs the demo film by id, with wrk: requests per second and latency.
# The picture has 24 million pixels: the server's pixel limit follows its heap (ImageLimits), so start it with a heap
# that admits one (-Xmx512m; under the lean -Xmx160m the limit is about 10 million and the upload is refused with 413).
# Needs curl, wrk, ImageMagick's convert and python3. Usage: bench/images.sh [base-url]
set -euo pipefail
base=${1:-http://127.0.0.1:8080}
key=${MARQUEE_ADMIN_KEY:-$(cat data/admin-key)}
connections=${CONNECTIONS:-32}
duration=${DURATION:-15}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "upload of a 10 MB JPEG, every size ready when it answers (5 uploads)"
for i in 1 2 3 4 5; do
  convert -size 4000x6000 plasma:fractal -seed "$i" -attenuate 0.45 +noise Gaussian -sampling-factor 4:2:0 -quality 93 \
    "$work/big-$i.jpg"
  bytes=$(stat -c %s "$work/big-$i.jpg")
  curl -sS -o "$work/answer-$i.json" -w "upload $i: $bytes bytes, HTTP %{http_code}, %{time_total} s\n" \
    -X POST "$base/api/v1/films/tt3783958/images" -H "Authorization: Bearer $key" \
    -F "file=@$work/big-$i.jpg;type=image/jpeg" -F kind=backdrop
done

poster=$(curl -sS "$base/api/v1/films/tt3783958/images" |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["primary"]["poster"]["sizes"]["w342"])')
echo "serving, $connections connections, ${duration}s each"
for target in "w342 $base$poster" "film-by-id $base/api/v1/films/tt3783958"; do
  set -- $target
  wrk -t2 -c"$connections" -d3s "$2" >/dev/null 2>&1 || true
  wrk -t2 -c"$connections" -d"${duration}s" --latency "$2" | awk -v name="$1" \
    '/Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} END {printf "%s: %s req/s, p50 %s, p99 %s\n", name, rps, p50, p99}'
done
