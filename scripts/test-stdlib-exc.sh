#!/bin/sh
# Runs the standard-library test programs (tests/stdlib/NAME.exs) under exc: each is
# built together with every stdlib/*.ex (`exc build`), run from tests/stdlib/ with
# stdin /dev/null, and its stdout must equal NAME.out (written from real Elixir by
# scripts/test-stdlib.sh --regen), and its exit status must be 0.
# Until the build links a precompiled stdlib, this is how exc meets stdlib/.
# Usage: scripts/test-stdlib-exc.sh EXC_BINARY [tests/stdlib/NAME.exs...]
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
[ $# -ge 1 ] || { echo "usage: $0 EXC_BINARY [TEST.exs...]" >&2; exit 2; }
exc=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
shift
[ -x "$exc" ] || { echo "test-stdlib-exc: $exc is not executable" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ $# -eq 0 ]; then
  set -- "$root"/tests/stdlib/*.exs
fi

pass=0 fail=0
for t in "$@"; do
  t=$(cd "$(dirname "$t")" && pwd)/$(basename "$t")
  dir=$(dirname "$t") base=$(basename "$t" .exs)
  ok=1
  # shellcheck disable=SC2046 # stdlib file names have no spaces
  if ! timeout 600 "$exc" build $(ls "$root"/stdlib/*.ex) "$t" -o "$work/$base" \
    >"$work/build.log" 2>&1; then
    echo "FAIL $base: exc build failed" >&2
    head -n 10 "$work/build.log" >&2
    ok=0
  else
    (cd "$dir" && timeout 120 "$work/$base" </dev/null >"$work/out" 2>"$work/err")
    rc=$?
    if [ "$rc" -ne 0 ] || ! cmp -s "$work/out" "$dir/$base.out"; then
      echo "FAIL $base: exit status $rc, output differs from $base.out" >&2
      diff "$dir/$base.out" "$work/out" | head -n 40 >&2
      head -n 5 "$work/err" >&2
      ok=0
    fi
  fi
  if [ $ok -eq 1 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); fi
done
echo "test-stdlib-exc: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
