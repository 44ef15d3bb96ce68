# Shared by the scripts in this folder; source it, do not run it.
# MARQUEE_URL: the API's base URL (default http://localhost:8080). MARQUEE_KEY: an API key (admin for writes).
# MARQUEE_NO_JQ=1 prints raw JSON even when jq is installed.

MARQUEE_URL="${MARQUEE_URL:-http://localhost:8080}"
MARQUEE_URL="${MARQUEE_URL%/}"
MARQUEE_BODY=$(mktemp)
MARQUEE_HEADERS=$(mktemp)
trap 'rm -f "$MARQUEE_BODY" "$MARQUEE_HEADERS"' EXIT

has_jq() {
  [ -z "${MARQUEE_NO_JQ:-}" ] && command -v jq >/dev/null 2>&1
}

need_key() {
  if [ -z "${MARQUEE_KEY:-}" ]; then
    echo "MARQUEE_KEY is not set: export MARQUEE_KEY=<an admin API key> (on the embedded setup: \$(cat data/admin-key))" >&2
    exit 2
  fi
}

# Prints a JSON file: pretty with jq, else as it is.
print_json() {
  if has_jq && jq . "$1" 2>/dev/null; then
    return
  fi
  cat "$1"
  echo
}

# Prints a problem+json answer readably: status, code, title, detail, each refused field, correlation id.
print_problem() {
  local status=$1 file=$2
  if has_jq && jq -e 'type == "object" and has("code")' "$file" >/dev/null 2>&1; then
    jq -r '"\(.status) \(.code): \(.title)",
      "  \(.detail // "")",
      (.errors // [] | .[] | "  - \(.in) \(.name): \(.message)"),
      "  correlationId: \(.correlationId // "-")"' "$file"
  else
    echo "HTTP $status"
    cat "$file"
    echo
  fi
}

# marquee_call METHOD PATH [curl options...]
# Sends the request, with MARQUEE_KEY when set.
# On 2xx the body is left in $MARQUEE_BODY, the headers in $MARQUEE_HEADERS and the status in $MARQUEE_STATUS;
# on an error status the problem is printed to stderr and the script exits 1.
marquee_call() {
  local method=$1 path=$2
  shift 2
  # The key reaches curl as a config line on its standard input: never on a command line (ps) or in a file.
  local config=""
  if [ -n "${MARQUEE_KEY:-}" ]; then
    config="header = \"Authorization: Bearer ${MARQUEE_KEY}\""
  fi
  if ! MARQUEE_STATUS=$(printf '%s\n' "$config" | curl -sS -K - -X "$method" -o "$MARQUEE_BODY" \
      -D "$MARQUEE_HEADERS" -w '%{http_code}' "$@" "$MARQUEE_URL$path"); then
    echo "Cannot reach $MARQUEE_URL (set MARQUEE_URL)" >&2
    exit 3
  fi
  if [ "$MARQUEE_STATUS" -ge 400 ]; then
    print_problem "$MARQUEE_STATUS" "$MARQUEE_BODY" >&2
    exit 1
  fi
}

# The value of a response header of the last call.
response_header() {
  awk -v name="$(printf '%s' "$1" | tr '[:upper:]' '[:lower:]')" -F': ' \
    'tolower($1) == name { sub(/\r$/, "", $2); print $2 }' "$MARQUEE_HEADERS"
}

# Escapes a string for use inside a JSON string literal.
json_string() {
  if has_jq; then
    jq -Rn --arg v "$1" '$v'
  else
    printf '"%s"' "$(printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g')"
  fi
}

new_uuid() {
  if [ -r /proc/sys/kernel/random/uuid ]; then
    cat /proc/sys/kernel/random/uuid
  else
    uuidgen
  fi
}
