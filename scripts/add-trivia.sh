#!/usr/bin/env bash
# Adds a piece of trivia to a film and prints its id and ETag.
# Usage: add-trivia.sh IMDB_ID TEXT        MARQUEE_SPOILER=true marks it as a spoiler
# Sends an Idempotency-Key (MARQUEE_IDEMPOTENCY_KEY, else a new UUID, printed to stderr): run it again with
# MARQUEE_IDEMPOTENCY_KEY set to that value after a timeout and the trivia is added once, not twice.
set -euo pipefail
. "$(dirname "$0")/marquee-common.sh"

if [ $# -ne 2 ] || [ -z "$2" ]; then
  echo "Usage: $(basename "$0") IMDB_ID TEXT   (MARQUEE_SPOILER=true for a spoiler)" >&2
  exit 2
fi
need_key
case "${MARQUEE_SPOILER:-false}" in
  true | false) spoiler=${MARQUEE_SPOILER:-false} ;;
  *) echo "MARQUEE_SPOILER must be true or false" >&2; exit 2 ;;
esac
idempotency_key="${MARQUEE_IDEMPOTENCY_KEY:-$(new_uuid)}"
echo "Idempotency-Key: $idempotency_key" >&2

marquee_call POST "/api/v1/films/$1/trivia" -H 'Content-Type: application/json' \
  -H "Idempotency-Key: $idempotency_key" \
  --data-binary "{\"text\":$(json_string "$2"),\"spoiler\":$spoiler,\"interestingVotes\":0,\"totalVotes\":0}"
echo "added trivia $(response_header Location | sed 's#.*/##') to $1 (ETag $(response_header ETag))"
