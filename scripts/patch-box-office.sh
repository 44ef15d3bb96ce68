#!/usr/bin/env bash
# Changes some of a film's box office figures with a JSON merge patch, against the version it reads first.
# Usage: patch-box-office.sh IMDB_ID JSON
#   patch-box-office.sh tt3783958 '{"budget":{"amount":31000000},"budgetEstimated":false}'
#   A field set to null is removed; fields left out are kept; a money object is merged (the currency stays).
# Reads the figures' ETag, then sends PATCH with If-Match: if someone changed them in between, nothing is
# written and the 412 problem is printed (run it again to apply the patch to the new figures).
set -euo pipefail
. "$(dirname "$0")/marquee-common.sh"

if [ $# -ne 2 ]; then
  echo "Usage: $(basename "$0") IMDB_ID JSON   (a JSON merge patch of the figures)" >&2
  exit 2
fi
need_key
marquee_call GET "/api/v1/films/$1/box-office" -H 'Accept: application/json'
etag=$(response_header ETag)
marquee_call PATCH "/api/v1/films/$1/box-office" -H 'Content-Type: application/merge-patch+json' \
  -H "If-Match: $etag" --data-binary "$2"
echo "patched the box office of $1 (ETag $etag -> $(response_header ETag))" >&2
print_json "$MARQUEE_BODY"
