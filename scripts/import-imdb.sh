#!/usr/bin/env bash
# Starts an import of IMDb's dataset files and follows it until it ends; exit 0 when it succeeded, 1 when it failed.
# Usage: import-imdb.sh [--delete-missing] DIR | FILE...      uploads the files (or a local DIR's dataset files)
#        import-imdb.sh [--delete-missing] --server-dir DIR    imports a directory on the server
#                                                               (one of marquee.imports.allowed-directories)
# --delete-missing: delete films an earlier import wrote that this title.basics no longer lists (else kept, counted).
# MARQUEE_POLL_SECONDS: seconds between progress reads (2). Needs an admin key (MARQUEE_KEY).
set -euo pipefail
. "$(dirname "$0")/marquee-common.sh"

usage() {
  echo "Usage: $(basename "$0") [--delete-missing] DIR | FILE...   or   $(basename "$0") [--delete-missing] --server-dir DIR" >&2
  exit 2
}

delete_missing=false
server_dir=""
while [ $# -gt 0 ]; do
  case "$1" in
    --delete-missing) delete_missing=true; shift ;;
    --server-dir) [ $# -ge 2 ] || usage; server_dir=$2; shift 2 ;;
    --) shift; break ;;
    -*) usage ;;
    *) break ;;
  esac
done
need_key

if [ -n "$server_dir" ]; then
  [ $# -eq 0 ] || usage
  marquee_call POST /api/v1/admin/imports -H 'Content-Type: application/json' \
    --data-binary "{\"directory\":$(json_string "$server_dir"),\"deleteMissing\":$delete_missing}"
else
  [ $# -ge 1 ] || usage
  files=()
  if [ $# -eq 1 ] && [ -d "$1" ]; then
    for name in name.basics title.basics title.episode title.ratings title.akas title.crew title.principals; do
      for file in "$1/$name.tsv" "$1/$name.tsv.gz"; do
        [ -f "$file" ] && files+=("$file")
      done
    done
    if [ ${#files[@]} -eq 0 ]; then
      echo "No IMDb dataset file (title.basics.tsv.gz, name.basics.tsv, ...) in $1" >&2
      exit 2
    fi
  else
    files=("$@")
  fi
  form=(-F "deleteMissing=$delete_missing")
  for file in "${files[@]}"; do
    [ -f "$file" ] || { echo "No such file: $file" >&2; exit 2; }
    form+=(-F "files=@$file")
  done
  echo "Uploading ${#files[@]} file(s)..." >&2
  marquee_call POST /api/v1/admin/imports "${form[@]}"
fi

job=$(response_header Location)
echo "Import job: $MARQUEE_URL$job" >&2

# One line of progress: the job's state, and the file being read or the merge running.
progress_line() {
  if has_jq; then
    jq -r '"\(.state): " + (
      (.files | map(select(.state == "reading")) | first |
        if . then "\(.file) \(if .bytes > 0 then (.bytesRead * 100 / .bytes | floor) else 0 end)% (\(.rows) rows, \(.rowsPerSecond) rows/s)"
        else null end)
      // (.phases | map(select(.state == "running")) | first | if . then "merging \(.name)" else null end)
      // "\(.files | map(select(.state == "read")) | length)/\(.files | length) files read")' "$MARQUEE_BODY"
  else
    grep -o '"state":"[a-z]*"' "$MARQUEE_BODY" | head -n 1 | cut -d'"' -f4
  fi
}

last=""
while :; do
  marquee_call GET "$job"
  line=$(progress_line)
  if [ "$line" != "$last" ]; then
    echo "$line" >&2
    last=$line
  fi
  state=$(grep -o '"state":"[a-z]*"' "$MARQUEE_BODY" | head -n 1 | cut -d'"' -f4)
  case "$state" in
    succeeded|failed) break ;;
  esac
  sleep "${MARQUEE_POLL_SECONDS:-2}"
done

if has_jq; then
  jq -r '(.files[] | "\(.file)\t\(.totalRows) lines\t\(.loaded) loaded\t\(.rejected) rejected"),
    (.phases[] | if (.counts | length) == 0 then .name
      else "merged \(.name): \(.counts | to_entries | map("\(.key) \(.value)") | join(", "))" end),
    (.rejects[:10][] | "rejected \(.file) line \(.line): \(.reason)"),
    "\(.state): \(.counts.lines) lines, \(.counts.rejected) rejected\(if .error then " — " + .error else "" end)"' \
    "$MARQUEE_BODY"
else
  print_json "$MARQUEE_BODY"
fi
if [ "$state" = failed ]; then
  echo "The import failed: $(grep -o '"error":"[^"]*"' "$MARQUEE_BODY" | cut -d'"' -f4)" >&2
  exit 1
fi
