#!/bin/sh
# Runtime micro-benchmarks, exc vs BEAM, interleaved in one go (figures drift up to
# 2x over a session on shared hosts). Prints each figure's median over the runs and
# the ratio (>1: exc is better). Usage: bench/rt.sh [build_dir] [waiting_count] [runs]
set -e
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build}
n=${2:-1000000}
runs=${3:-3}
exe=$build/bench/bench_rt_proc
[ -x "$exe" ] || { echo "build bench_rt_proc first (cmake --build $build --target bench_rt_proc)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
i=0
while [ $i -lt "$runs" ]; do
    "$exe" "$n" >>"$tmp/exc"
    elixir --erl "+P 4000000" "$here/beam_proc.exs" "$n" >>"$tmp/beam"
    i=$((i + 1))
done
median() { grep "^$1 " "$2" | awk '{print $2}' | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
printf '%-28s %12s %12s %8s\n' figure exc beam ratio
for f in context_switch_ns spawn_exit_ns send_receive_ns spawn_waiting_us bytes_per_waiting_process; do
    e=$(median $f "$tmp/exc")
    b=$(median $f "$tmp/beam")
    printf '%-28s %12s %12s %8.2f\n' "$f" "$e" "$b" "$(echo "$b / $e" | bc -l)"
done
