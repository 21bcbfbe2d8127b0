#!/usr/bin/env bash
# Runs each exc-vs-Elixir benchmark (bench/fib.exs, pingpong.exs, ring.exs) under
# `elixir` and under `exc run` and prints a table of the times each program measures
# itself (`elapsed_ms:` line), the whole-run wall time (start-up included), and the
# ratio exc/elixir. Also checks both print the same result line.
# Usage: bench/compare.sh [-n RUNS] [BENCH...]   (best of RUNS, default 1)
# The exc binary is $EXC, default build/exc; exc is skipped while `exc run` is missing.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
exc=${EXC:-$root/build/exc}
runs=1
if [ "${1:-}" = "-n" ]; then runs=$2; shift 2; fi
benches=("$@")
[ ${#benches[@]} -eq 0 ] && benches=(fib pingpong ring)

have_exc=1
if [ ! -x "$exc" ]; then
  echo "note: $exc not found: exc columns skipped (build it, or set EXC=...)" >&2
  have_exc=0
elif ! "$exc" run "$root/examples/hello.exs" >/dev/null 2>&1; then
  echo "note: '$exc run' does not work yet: exc columns skipped" >&2
  have_exc=0
fi
have_elixir=1
command -v elixir >/dev/null || { echo "note: elixir not installed: elixir columns skipped" >&2; have_elixir=0; }

# run_best CMD...: runs CMD $runs times; sets best_ms (self-measured), wall_ms, result.
run_best() {
  best_ms="" wall_ms="" result=""
  local i out t0 t1 ms
  for ((i = 0; i < runs; i++)); do
    t0=$(date +%s%N)
    if ! out=$("$@" 2>&1); then
      best_ms="FAIL" wall_ms="FAIL" result=$(printf '%s\n' "$out" | head -n 3)
      return
    fi
    t1=$(date +%s%N)
    ms=$(printf '%s\n' "$out" | sed -n 's/^elapsed_ms: *//p' | head -n 1)
    result=$(printf '%s\n' "$out" | grep -v '^elapsed_ms:' | head -n 1)
    if [ -z "$best_ms" ] || [ "$ms" -lt "$best_ms" ]; then best_ms=$ms; fi
    if [ -z "$wall_ms" ] || [ $(((t1 - t0) / 1000000)) -lt "$wall_ms" ]; then
      wall_ms=$(((t1 - t0) / 1000000))
    fi
  done
}

ratio() {
  case "$1$2" in *[!0-9]*|"") echo "-"; return ;; esac
  [ "$1" -eq 0 ] && { echo "-"; return; }
  awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b / a }'
}

printf '%-10s %12s %12s %8s %14s %14s %8s\n' bench elixir_ms exc_ms ratio elixir_wall_ms exc_wall_ms ratio
status=0
for b in "${benches[@]}"; do
  file="$root/bench/$b.exs"
  [ -f "$file" ] || { echo "no such benchmark: $file" >&2; status=1; continue; }
  e_ms="-" e_wall="-" e_res="" x_ms="-" x_wall="-" x_res=""
  if [ $have_elixir -eq 1 ]; then
    run_best elixir "$file"
    e_ms=$best_ms e_wall=$wall_ms e_res=$result
  fi
  if [ $have_exc -eq 1 ]; then
    run_best "$exc" run "$file"
    x_ms=$best_ms x_wall=$wall_ms x_res=$result
  fi
  printf '%-10s %12s %12s %8s %14s %14s %8s\n' "$b" "$e_ms" "$x_ms" "$(ratio "$e_ms" "$x_ms")" \
    "$e_wall" "$x_wall" "$(ratio "$e_wall" "$x_wall")"
  if [ $have_elixir -eq 1 ] && [ $have_exc -eq 1 ] && [ "$e_res" != "$x_res" ]; then
    echo "  result differs: elixir '$e_res', exc '$x_res'" >&2
    status=1
  fi
done
echo "ratio = exc / elixir (below 1: exc is faster); ms = the program's own measure, wall = whole run"
exit $status
