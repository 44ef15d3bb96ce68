#!/usr/bin/env bash
# Deletes one goof of a film, against the version it reads first.
# Usage: delete-goof.sh IMDB_ID ITEM_ID      ITEM_ID: the goof's id (GET /api/v1/films/IMDB_ID/goofs lists them)
# Reads the goof's ETag, then sends DELETE with If-Match: if someone changed the goof in between, nothing is
# deleted and the 412 problem is printed.
set -euo pipefail
. "$(dirname "$0")/marquee-common.sh"

if [ $# -ne 2 ]; then
  echo "Usage: $(basename "$0") IMDB_ID ITEM_ID" >&2
  exit 2
fi
need_key
marquee_call GET "/api/v1/films/$1/goofs/$2" -H 'Accept: application/json'
etag=$(response_header ETag)
marquee_call DELETE "/api/v1/films/$1/goofs/$2" -H "If-Match: $etag"
echo "deleted goof $2 of $1 (it was at ETag $etag)"
