#!/usr/bin/env bash
# Pages through the change feed and prints one line per change: id, time, action, type, key (or id).
# Usage: follow-changes.sh [CURSOR]     start after CURSOR (a change's cursor), else from the first change
# The last line (on stderr) is the cursor to continue from next time. MARQUEE_PAGE_SIZE: 1 to 100 (100).
# Without jq each page is printed as raw JSON.
set -euo pipefail
. "$(dirname "$0")/marquee-common.sh"

if [ $# -gt 1 ]; then
  echo "Usage: $(basename "$0") [CURSOR]" >&2
  exit 2
fi
after=${1:-}
size=${MARQUEE_PAGE_SIZE:-100}
last=$after
while :; do
  marquee_call GET "/api/v1/changes" -G --data-urlencode "size=$size" ${after:+--data-urlencode "after=$after"}
  if has_jq; then
    jq -r '.items[] | "\(.id)\t\(.occurredAt)\t\(.action)\t\(.resourceType)\t\(.key // .resourceId)"' "$MARQUEE_BODY"
    page_last=$(jq -r '.items[-1].cursor // empty' "$MARQUEE_BODY")
    after=$(jq -r '.nextCursor // empty' "$MARQUEE_BODY")
  else
    cat "$MARQUEE_BODY"
    echo
    page_last=$(grep -o '"cursor":"[^"]*"' "$MARQUEE_BODY" | tail -n 1 | cut -d'"' -f4 || true)
    after=$(grep -o '"nextCursor":"[^"]*"' "$MARQUEE_BODY" | cut -d'"' -f4 || true)
  fi
  last=${page_last:-$last}
  [ -n "$after" ] || break
done
echo "cursor: ${last:-none}   (continue with: $(basename "$0") ${last})" >&2
