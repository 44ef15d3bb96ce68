#!/usr/bin/env bash
# Prints a film's document, ready to edit and send back with put-film.sh; its ETag goes to stderr.
# Usage: get-film-document.sh IMDB_ID > film.json
set -euo pipefail
. "$(dirname "$0")/marquee-common.sh"

if [ $# -ne 1 ]; then
  echo "Usage: $(basename "$0") IMDB_ID" >&2
  exit 2
fi
marquee_call GET "/api/v1/films/$1/document" -H 'Accept: application/json'
echo "ETag: $(response_header ETag)" >&2
print_json "$MARQUEE_BODY"
