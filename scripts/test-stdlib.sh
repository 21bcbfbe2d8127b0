#!/bin/sh
# Differential test of the Elixir-language standard library (stdlib/*.ex) under the
# REAL Elixir, before exc can compile it. Every module of stdlib/ is copied with its
# name rewritten (Enum -> ExcStd.Enum, also in calls between them and in the test
# programs), compiled with elixirc next to the reference implementation of the exc
# natives (tests/stdlib/support/natives.ex, module :exc), and each test program
# tests/stdlib/NAME.exs runs twice:
#   1. as written, against Elixir's own modules: the expectation (NAME.out);
#   2. rewritten, against stdlib/: its stdout, with "ExcStd." removed, must be
#      byte-identical to run 1 (and so must the exit status).
# The committed NAME.out (the golden exc itself will later be checked against) must
# equal run 1; `--regen` rewrites it instead of failing.
# Usage: scripts/test-stdlib.sh [--regen] [tests/stdlib/NAME.exs...]
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
export LANG=C.UTF-8 LC_ALL=C.UTF-8
command -v elixir >/dev/null || { echo "test-stdlib: elixir is not installed" >&2; exit 1; }

regen=0
if [ "${1:-}" = "--regen" ]; then regen=1; shift; fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/src" "$work/ebin" "$work/t"

# The modules stdlib/ defines: `defmodule Name do` at column 0 (Name may be dotted,
# e.g. System.EnvError).
mods=$(sed -n 's/^defmodule \([A-Z][A-Za-z0-9.]*\) do.*/\1/p' "$root"/stdlib/*.ex | sort -u)

# One sed script: `defmodule Mod do` and `Mod.fun` (not preceded by an alias segment
# or identifier; `&Mod.fun/n` included) get the ExcStd. prefix; a dotted module name
# is renamed wherever it appears whole (`raise System.EnvError, ...`).
sedf="$work/rename.sed"
: >"$sedf"
for m in $mods; do
  q=$(printf '%s' "$m" | sed 's/\./\\./g')
  printf 's/^defmodule %s do/defmodule ExcStd.%s do/\n' "$q" "$m" >>"$sedf"
  case $m in
    *.*) printf 's/\\(^\\|[^.A-Za-z0-9_]\\)%s\\([^A-Za-z0-9_]\\|$\\)/\\1ExcStd.%s\\2/g\n' "$q" "$m" >>"$sedf" ;;
    *) printf 's/\\(^\\|[^.A-Za-z0-9_]\\)%s\\.\\([a-z_]\\)/\\1ExcStd.%s.\\2/g\n' "$q" "$m" >>"$sedf" ;;
  esac
done

for f in "$root"/stdlib/*.ex; do
  sed -f "$sedf" "$f" >"$work/src/$(basename "$f")"
done
cp "$root/tests/stdlib/support/natives.ex" "$work/src/zz_natives.ex"
if ! (cd "$work" && elixirc --warnings-as-errors -o ebin src/*.ex >"$work/compile.log" 2>&1); then
  echo "test-stdlib: the renamed stdlib does not compile:" >&2
  cat "$work/compile.log" >&2
  exit 1
fi

if [ $# -eq 0 ]; then
  set -- "$root"/tests/stdlib/*.exs
fi

pass=0 fail=0
for t in "$@"; do
  t=$(cd "$(dirname "$t")" && pwd)/$(basename "$t")
  dir=$(dirname "$t") base=$(basename "$t" .exs)
  (cd "$dir" && timeout 120 elixir "$base.exs" </dev/null >"$work/ref.out" 2>"$work/ref.err")
  ref_rc=$?
  sed -f "$sedf" "$t" >"$work/t/$base.exs"
  (cd "$dir" && timeout 120 elixir -pa "$work/ebin" "$work/t/$base.exs" </dev/null \
    >"$work/std.raw" 2>"$work/std.err")
  std_rc=$?
  sed 's/ExcStd\.//g' "$work/std.raw" >"$work/std.out"
  ok=1
  if [ "$ref_rc" -ne 0 ]; then
    echo "FAIL $base: the reference run exited $ref_rc" >&2
    head -n 5 "$work/ref.err" >&2
    ok=0
  fi
  if ! cmp -s "$work/ref.out" "$work/std.out" || [ "$ref_rc" -ne "$std_rc" ]; then
    echo "FAIL $base: stdlib/ differs from Elixir (rc $std_rc vs $ref_rc)" >&2
    diff "$work/ref.out" "$work/std.out" | head -n 40 >&2
    head -n 5 "$work/std.err" >&2
    ok=0
  fi
  if [ $regen -eq 1 ]; then
    cp "$work/ref.out" "$dir/$base.out"
  elif ! cmp -s "$work/ref.out" "$dir/$base.out"; then
    echo "FAIL $base: $base.out is stale (run scripts/test-stdlib.sh --regen)" >&2
    ok=0
  fi
  if [ $ok -eq 1 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); fi
done
echo "test-stdlib: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
