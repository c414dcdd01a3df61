#!/usr/bin/env bash
# Bundles mod.ts for browsers and runs the smoke checks on it under Node 20
# (the machine's), 22 and 24 (from npm) and in headless Chromium (webgpu
# included), then runs the demo on an empty Deno cache (light first run).
# Prints one line per check and ends with the total
# `smoke: N passed, M failed`; exits nonzero when any check or run failed.
set -uo pipefail
cd "$(dirname "$0")/../.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
deno bundle -q --platform browser --format esm -o "$out/jdt.js" mod.ts || {
  echo "smoke: 0 passed, 1 failed (deno bundle failed)"
  exit 1
}
log="$out/log"
status=0
run() {
  "$@" 2>&1 | tee -a "$log" | grep -E '^(ok|FAILED) |^smoke |rror'
  local rc=${PIPESTATUS[0]}
  if [ "$rc" -ne 0 ]; then
    status=1
    # A run that died before its summary counts as one failure.
    grep -q "^smoke .*: [0-9]* passed" <(tail -1 "$log") ||
      echo "smoke $*: 0 passed, 1 failed (exit $rc)" | tee -a "$log"
  fi
}
run node tests/smoke/node_smoke.mjs "$out/jdt.js"
run npx -y node@22 tests/smoke/node_smoke.mjs "$out/jdt.js"
run npx -y node@24 tests/smoke/node_smoke.mjs "$out/jdt.js"
run deno run -A --lock=deno.lock tests/smoke/browser_smoke.ts "$out/jdt.js"
run bash tests/smoke/first_run.sh
passed=$(grep -E '^smoke ' "$log" | sed -E 's/.*: ([0-9]+) passed.*/\1/' | awk '{s += $1} END {print s}')
failed=$(grep -E '^smoke ' "$log" | sed -E 's/.*, ([0-9]+) failed.*/\1/' | awk '{s += $1} END {print s}')
echo "smoke: ${passed:-0} passed, ${failed:-0} failed"
[ "$status" -eq 0 ] && [ "${failed:-1}" -eq 0 ]
