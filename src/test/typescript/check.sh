#!/usr/bin/env bash
# The contract as a frontend meets it: generates TypeScript types from docs/openapi.json with openapi-typescript and
# compiles client.ts, a strict program that reads a title page, pages a list and handles a problem through
# openapi-fetch, with no casts. Node 22, the generator and the compiler come from the npm registry (package-lock.json),
# as bench/ does; the machine needs only npm. Fails loudly when the registry cannot be reached: a check that did not
# run has not passed.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v npm >/dev/null; then
  echo "TypeScript client check FAILED: npm is not installed (Debian: apt-get install npm)" >&2
  exit 1
fi
if ! npm ci --no-audit --no-fund --loglevel=error >npm-ci.log 2>&1; then
  cat npm-ci.log >&2
  echo "TypeScript client check FAILED: could not install Node 22, openapi-typescript and typescript from the npm registry" >&2
  exit 1
fi
node=node_modules/.bin/node
"$node" node_modules/.bin/openapi-typescript ../../../docs/openapi.json --default-non-nullable=false \
  -o generated/marquee.d.ts --silent
"$node" node_modules/.bin/tsc -p .
echo "TypeScript client check: generated from docs/openapi.json, client.ts compiles (strict)"
