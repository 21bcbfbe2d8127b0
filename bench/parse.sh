#!/bin/sh
# Parse speed, exc vs real Elixir, on the same files in one run, for two corpora:
#   tests:  every accepted case of tests/parse/book and tests/parse/lang (406 small
#           files, dense in awkward constructs);
#   code:   the project's own Elixir programs (stdlib/*.ex, examples, bench programs),
#           i.e. ordinary code with docs and heredocs.
#   bench/parse.sh [N] [CORPUS]   N passes (default 50); CORPUS tests, code or both
#                                 (default); exc from $EXC, default build/exc
# Prints both totals in seconds and the ratio exc/elixir (below 1: exc is faster).
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-50}
which=${2:-both}
exc=${EXC:-$root/build/exc}
[ -x "$exc" ] || { echo "parse.sh: no exc at $exc (set EXC=path/to/exc)" >&2; exit 2; }

corpus_files() {
    case $1 in
    # Only files real Elixir accepts (a .out beside them) so both sides parse the same.
    tests) for f in "$root"/tests/parse/book/*.exs "$root"/tests/parse/lang/*.exs; do
               [ -f "${f%.exs}.out" ] && echo "$f"
           done ;;
    code) find "$root/stdlib" "$root/examples" "$root/bench" -name '*.ex' -o -name '*.exs' |
              sort ;;
    esac
}

compare() {
    files=$(corpus_files "$1")
    count=$(echo "$files" | wc -l)
    # shellcheck disable=SC2086 # one word per file, the paths have no spaces
    exc_s=$("$exc" parse --bench "$n" $files)
    # shellcheck disable=SC2086
    lex_s=$("$exc" parse --bench "$n" --lex $files)
    # shellcheck disable=SC2086
    elixir_s=$(elixir "$root/bench/parse_elixir.exs" "$n" $files)
    echo "parse ($1): $count files x $n"
    echo "exc:    $exc_s s (lexer alone: $lex_s s)"
    echo "elixir: $elixir_s s"
    awk -v a="$exc_s" -v b="$elixir_s" 'BEGIN {
        if (a <= 0 || b <= 0) { print "ratio: a time is zero"; exit }
        printf "ratio exc/elixir: %.4f (exc %.2fx %s)\n", a / b,
               a < b ? b / a : a / b, a < b ? "faster" : "slower" }'
}

case $which in
tests | code) compare "$which" ;;
both) compare tests; compare code ;;
*) echo "parse.sh: corpus is tests, code or both" >&2; exit 2 ;;
esac
