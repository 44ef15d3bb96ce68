#!/usr/bin/env bash
# Creates or replaces a film from its document (the format get-film-document.sh prints), all or nothing.
# Usage: put-film.sh FILE.json [IMDB_ID]     IMDB_ID defaults to the document's imdbId
# MARQUEE_IF_MATCH='"7"' makes the write conditional on that version (the ETag of get-film-document.sh).
set -euo pipefail
. "$(dirname "$0")/marquee-common.sh"

if [ $# -lt 1 ] || [ $# -gt 2 ] || [ ! -r "$1" ]; then
  echo "Usage: $(basename "$0") FILE.json [IMDB_ID]   (FILE.json must be readable)" >&2
  exit 2
fi
need_key
file=$1
imdb_id=${2:-}
if [ -z "$imdb_id" ]; then
  if has_jq; then
    imdb_id=$(jq -r '.imdbId // empty' "$file")
  else
    # The document's own imdbId is its first tt id.
    imdb_id=$(grep -o '"imdbId"[[:space:]]*:[[:space:]]*"tt[0-9]*"' "$file" | head -n 1 | grep -o 'tt[0-9]*' || true)
  fi
fi
if [ -z "$imdb_id" ]; then
  echo "No imdbId in $file: give it as the second argument" >&2
  exit 2
fi

conditions=()
if [ -n "${MARQUEE_IF_MATCH:-}" ]; then
  conditions=(-H "If-Match: $MARQUEE_IF_MATCH")
fi
marquee_call PUT "/api/v1/films/$imdb_id/document" -H 'Content-Type: application/json' ${conditions[@]+"${conditions[@]}"} \
  --data-binary "@$file"
if [ "$MARQUEE_STATUS" = 201 ]; then
  echo "created $imdb_id (ETag $(response_header ETag))"
else
  echo "replaced $imdb_id (ETag $(response_header ETag))"
fi
