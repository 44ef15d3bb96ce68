#!/usr/bin/env bash
# Creates an API key and prints it (shown this once: store it).
# Usage: create-key.sh NAME ROLE        ROLE is reader or admin
# Sends an Idempotency-Key (MARQUEE_IDEMPOTENCY_KEY, else a new UUID, printed to stderr): run it again with
# MARQUEE_IDEMPOTENCY_KEY set to that value after a timeout and you get the same key, never a second one.
set -euo pipefail
. "$(dirname "$0")/marquee-common.sh"

if [ $# -ne 2 ]; then
  echo "Usage: $(basename "$0") NAME ROLE   (ROLE: reader or admin)" >&2
  exit 2
fi
need_key
idempotency_key="${MARQUEE_IDEMPOTENCY_KEY:-$(new_uuid)}"
echo "Idempotency-Key: $idempotency_key" >&2

marquee_call POST /api/v1/admin/api-keys -H 'Content-Type: application/json' \
  -H "Idempotency-Key: $idempotency_key" \
  --data-binary "{\"name\":$(json_string "$1"),\"role\":$(json_string "$2")}"
print_json "$MARQUEE_BODY"
