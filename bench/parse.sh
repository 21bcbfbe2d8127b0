#!/bin/sh
# Parse speed, exc vs real Elixir, on the same files in one run: every accepted case
# of tests/parse/book and tests/parse/lang, N times each (default 50).
#   bench/parse.sh [N]        exc from $EXC, default build/exc
# Prints both totals in seconds and the ratio exc/elixir (below 1: exc is faster).
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-50}
exc=${EXC:-$root/build/exc}
[ -x "$exc" ] || { echo "parse.sh: no exc at $exc (set EXC=path/to/exc)" >&2; exit 2; }

# Only files real Elixir accepts (a .out beside them) so both sides parse the same.
files=$(for f in "$root"/tests/parse/book/*.exs "$root"/tests/parse/lang/*.exs; do
    [ -f "${f%.exs}.out" ] && echo "$f"
done)
count=$(echo "$files" | wc -l)

# shellcheck disable=SC2086 # one word per file, the paths have no spaces
exc_s=$("$exc" parse --bench "$n" $files)
# shellcheck disable=SC2086
lex_s=$("$exc" parse --bench "$n" --lex $files)
# shellcheck disable=SC2086
elixir_s=$(elixir "$root/bench/parse_elixir.exs" "$n" $files)

echo "parse: $count files x $n"
echo "exc:    $exc_s s (lexer alone: $lex_s s)"
echo "elixir: $elixir_s s"
awk -v a="$exc_s" -v b="$elixir_s" 'BEGIN {
    if (a <= 0 || b <= 0) { print "ratio: a time is zero"; exit }
    printf "ratio exc/elixir: %.4f (exc %.2fx %s)\n", a / b,
           a < b ? b / a : a / b, a < b ? "faster" : "slower" }'
