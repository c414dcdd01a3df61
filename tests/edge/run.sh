#!/usr/bin/env bash
# The edge checks: installs the pinned runtimes (npm workerd and edge-runtime,
# tests/edge/runtimes/package-lock.json), bundles tests/edge/worker.ts for
# browsers (an ES module for workerd, a classic script for edge-runtime) and
# runs tests/edge/check_runtimes.ts, which starts both runtimes on loopback
# ports and checks them over HTTP against this Deno. Prints one line per check
# and ends with `edge: N passed, M failed`; exits nonzero when any failed.
set -uo pipefail
cd "$(dirname "$0")/../.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
if ! (cd tests/edge/runtimes && npm ci --no-audit --no-fund --loglevel=error >"$out/npm.log" 2>&1); then
  cat "$out/npm.log"
  echo "edge: 0 passed, 1 failed (npm ci failed)"
  exit 1
fi
for spec in "esm worker.js tests/edge/worker.ts" "iife edge.js tests/edge/edge_entry.ts"; do
  set -- $spec
  deno bundle -q --platform browser --format "$1" -o "$out/$2" "$3" || {
    echo "edge: 0 passed, 1 failed (deno bundle of $3 failed)"
    exit 1
  }
done
deno run -A --lock=deno.lock tests/edge/check_runtimes.ts "$out"
