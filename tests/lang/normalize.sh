#!/bin/sh
# Normalises a program's output (file $1, or stdin, -> stdout) so golden files are
# stable: pids, references, the index/hash of an anonymous function
# (#Function<0.1234/1 in ...>) and logger timestamps become placeholders, and the
# stack-trace lines of frames inside Elixir/OTP themselves ("    (elixir 1.14.0)
# lib/code.ex:1245: ...", "    (stdlib 4.0) ...": a compiled program has no such
# frames) are dropped, in the CLI's report and in logger crash reports alike; the
# frames of the program's own code stay. A missing final newline is preserved. Used
# by tests/lang/run_test.sh (on expected and actual output alike) and by
# scripts/regen-lang.sh.
set -e
if [ $# -eq 0 ]; then
  tmp=$(mktemp)
  trap 'rm -f "$tmp"' EXIT
  cat >"$tmp"
  set -- "$tmp"
fi
nonl=0
if [ -s "$1" ] && [ "$(tail -c 1 "$1" | wc -l)" -eq 0 ]; then nonl=1; fi
sed -E \
  -e 's/#PID<[0-9]+\.[0-9]+\.[0-9]+>/#PID<X>/g' \
  -e 's/#Reference<[0-9]+(\.[0-9]+)*>/#Reference<X>/g' \
  -e 's/#Function<[0-9]+\.[0-9]+/#Function<X/g' \
  -e 's/[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3}/HH:MM:SS.mmm/g' "$1" |
awk -v nonl="$nonl" '
  function out(s) { if (have) printf "%s\n", prev; prev = s; have = 1 }
  /^    \([a-z_]+ [0-9.]+\) / { next }
  { out($0) }
  END { if (have) printf (nonl ? "%s" : "%s\n"), prev }
'
