#!/bin/sh
# Regenerates the golden files of the language test programs (tests/lang/**) and of
# the seed examples (examples/**) with the real Elixir: for each X.exs it runs
# `elixir X.exs [args from X.args]` from X's directory, twice, and writes, after
# normalisation (tests/lang/normalize.sh):
#   X.out  stdout
#   X.err  stderr (removed when empty), without the stack-trace lines of frames
#          inside Elixir/OTP (normalize.sh drops them)
#   X.rc   exit status (removed when it is 0)
# A program whose two runs differ is reported and makes the script fail.
# Usage: scripts/regen-lang.sh [FILE.exs...]   (default: every program)
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
norm="$root/tests/lang/normalize.sh"
export LANG=C.UTF-8 LC_ALL=C.UTF-8
command -v elixir >/dev/null || { echo "regen-lang: elixir is not installed" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# run_once DIR BASE N: runs the program, leaves normalised outputs in $work/N.*
run_once() {
  (
    dir=$1 base=$2 n=$3
    cd "$dir" || exit 1
    set -- "$base.exs"
    if [ -f "$base.args" ]; then
      while IFS= read -r arg || [ -n "$arg" ]; do set -- "$@" "$arg"; done <"$base.args"
    fi
    timeout 120 elixir "$@" </dev/null >"$work/$n.rawout" 2>"$work/$n.rawerr"
    echo $? >"$work/$n.rc"
  )
  "$norm" "$work/$3.rawout" >"$work/$3.out"
  "$norm" "$work/$3.rawerr" >"$work/$3.err"
}

regen_one() {
  dir=$(cd "$(dirname "$1")" && pwd)
  base=$(basename "$1" .exs)
  stem="$dir/$base"
  run_once "$dir" "$base" 1
  run_once "$dir" "$base" 2
  for f in out err rc; do
    if ! cmp -s "$work/1.$f" "$work/2.$f"; then
      echo "UNSTABLE ($f) ${stem#"$root"/}.exs" >&2
      diff "$work/1.$f" "$work/2.$f" | head -n 10 >&2
      unstable=$((unstable + 1))
      return
    fi
  done
  cp "$work/1.out" "$stem.out"
  if [ -s "$work/1.err" ]; then cp "$work/1.err" "$stem.err"; else rm -f "$stem.err"; fi
  rc=$(cat "$work/1.rc")
  if [ "$rc" -ne 0 ]; then echo "$rc" >"$stem.rc"; else rm -f "$stem.rc"; fi
  count=$((count + 1))
}

if [ $# -eq 0 ]; then
  # shellcheck disable=SC2046 # split on purpose: case file names have no spaces
  set -- $(cd "$root" && find tests/lang examples -name '*.exs' | LC_ALL=C sort)
  cd "$root" || exit 1
fi
count=0 unstable=0
for f in "$@"; do regen_one "$f"; done
echo "regen-lang: $count programs regenerated, $unstable unstable"
[ "$unstable" -eq 0 ]
