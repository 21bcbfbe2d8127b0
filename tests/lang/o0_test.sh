#!/bin/sh
# The golden programs must also pass with the generated C built at -O0 (the issue's
# requirement; tail calls rely on musttail there too). Runs the seed examples and the
# first programs of each tests/lang area through run_test.sh with EXC_OPT=-O0 (the
# whole suite at -O0: EXC_OPT=-O0 ctest -L lang).   Usage: o0_test.sh EXC_BINARY ROOT
set -u
exc=$1 root=$2
here=$(cd "$(dirname "$0")" && pwd)
files=$(for f in "$root"/examples/*/*.exs; do [ -f "${f%.exs}.out" ] && echo "$f"; done
  for d in "$root"/tests/lang/*/; do ls "$d"*.exs | head -n 3; done)
fail=0 n=0
for f in $files; do
  [ -f "${f%.exs}.out" ] || continue
  n=$((n + 1))
  EXC_OPT=-O0 sh "$here/run_test.sh" "$exc" "$f" >/dev/null 2>&1 || {
    echo "FAIL at -O0: $f"; fail=1; }
done
[ "$fail" -eq 0 ] && echo "ok: $n programs at -O0"
exit "$fail"
