#!/usr/bin/env bash
# The README's first command on an empty Deno cache: `deno task demo` must
# succeed, print no warning and leave a cache of at most 30 MB (it imports no
# npm package; before the fix it fetched ~400 MB of dev tools).
set -uo pipefail
cd "$(dirname "$0")/../.."
cache=$(mktemp -d)
trap 'rm -rf "$cache"' EXIT
err=$(DENO_DIR="$cache" deno task demo 2>&1 >/dev/null)
rc=$?
kb=$(du -sk "$cache" | cut -f1)
ok() { echo "ok     first run: $1"; }
bad() { echo "FAILED first run: $1"; failed=$((failed + 1)); }
failed=0
[ "$rc" -eq 0 ] && ok "deno task demo exits 0" || bad "deno task demo exits $rc: $err"
[ "$kb" -le 30720 ] && ok "cache ${kb} KB <= 30 MB" || bad "cache ${kb} KB > 30 MB"
if echo "$err" | grep -qi warn; then bad "a warning: $(echo "$err" | grep -i -A2 warn | head -3 | tr "\n" " ")"; else ok "no warning"; fi
echo "smoke first run: $((3 - failed)) passed, $failed failed"
[ "$failed" -eq 0 ]
