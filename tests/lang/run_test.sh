#!/bin/sh
# Golden-program driver: run_test.sh EXC_BINARY CASE.exs
# Runs `EXC_BINARY run CASE.exs [args]` from the case's directory (arguments come
# from CASE.args, one per line, when present; stdin is /dev/null), then checks,
# after normalisation (normalize.sh) of both sides:
#   stdout                  == CASE.out (exactly)
#   stderr                  == CASE.err (only when CASE.err exists; the frames of
#                              Elixir/OTP itself are dropped on both sides)
#   exit status             == CASE.rc  (0 when CASE.rc is absent)
# Prints a diff for each mismatch; exits 0 on success, 1 on failure, 2 on misuse.
set -u
if [ $# -ne 2 ]; then
  echo "usage: $0 EXC_BINARY CASE.exs" >&2
  exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
norm="$here/normalize.sh"
exc=$1
case $exc in /*) ;; */*) exc="$(pwd)/$exc" ;; esac
dir=$(cd "$(dirname "$2")" && pwd)
base=$(basename "$2" .exs)
stem="$dir/$base"
if [ ! -f "$stem.exs" ] || [ ! -f "$stem.out" ]; then
  echo "missing $stem.exs or $stem.out" >&2
  exit 2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Positional parameters become: run CASE.exs ARG...
set -- run "$base.exs"
if [ -f "$stem.args" ]; then
  while IFS= read -r arg || [ -n "$arg" ]; do set -- "$@" "$arg"; done <"$stem.args"
fi
(cd "$dir" && "$exc" "$@" </dev/null >"$work/stdout" 2>"$work/stderr")
rc=$?

fail=0
"$norm" "$stem.out" >"$work/want.out"
"$norm" "$work/stdout" >"$work/got.out"
if ! cmp -s "$work/want.out" "$work/got.out"; then
  echo "FAIL $base: stdout differs (- expected, + actual)"
  diff -u "$work/want.out" "$work/got.out" | sed 1,2d
  fail=1
fi
if [ -f "$stem.err" ]; then
  "$norm" "$stem.err" >"$work/want.err"
  "$norm" "$work/stderr" >"$work/got.err"
  if ! cmp -s "$work/want.err" "$work/got.err"; then
    echo "FAIL $base: stderr differs (- expected, + actual)"
    diff -u "$work/want.err" "$work/got.err" | sed 1,2d
    fail=1
  fi
fi
want_rc=0
if [ -f "$stem.rc" ]; then want_rc=$(cat "$stem.rc"); fi
if [ "$rc" -ne "$want_rc" ]; then
  echo "FAIL $base: exit status $rc, expected $want_rc"
  fail=1
fi
if [ "$fail" -ne 0 ] && [ -s "$work/stderr" ] && [ ! -f "$stem.err" ]; then
  echo "--- stderr:"
  head -n 20 "$work/stderr"
fi
[ "$fail" -eq 0 ] && echo "ok $base"
exit "$fail"
