#!/bin/sh
# The issue asks that generated C compile without warnings at -Wall -Wextra. Builds
# every seed example and the first programs of each tests/lang area (those elixir
# accepts: they have no .rc) with EXC_CFLAGS="-Wall -Wextra -Werror"; any C warning
# fails the build and this test.   Usage: cwarn_test.sh EXC_BINARY ROOT
set -u
exc=$1 root=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
files=$(ls "$root"/examples/*/*.exs; for d in "$root"/tests/lang/*/; do
  for f in "$d"*.exs; do [ -f "${f%.exs}.rc" ] || echo "$f"; done | head -n 3; done)
fail=0 n=0
for f in $files; do
  n=$((n + 1))
  if ! EXC_CFLAGS="-Wall -Wextra -Werror" "$exc" build "$f" -o "$work/bin" >"$work/log" 2>&1; then
    echo "FAIL $f"; grep -E "warning|error" "$work/log" | head -5; fail=1
  fi
done
[ "$fail" -eq 0 ] && echo "ok: $n programs, generated C warning-free at -Wall -Wextra"
exit "$fail"
