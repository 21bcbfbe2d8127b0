#!/bin/sh
# Parse speed, exc vs real Elixir, on the same files in one run, for two corpora:
#   tests:  every accepted case of tests/parse/book and tests/parse/lang (406 small
#           files, dense in awkward constructs);
#   code:   the project's own Elixir programs (stdlib/*.ex, examples, bench programs),
#           i.e. ordinary code with docs and heredocs.
#   bench/parse.sh [N] [CORPUS] [ROUNDS]
#       N passes per run (default 50); CORPUS tests, code or both (default); ROUNDS runs
#       of each side, alternated (default 3); exc from $EXC, default build/exc
# Prints each side's fastest and median run in seconds, and the ratios exc/elixir of
# both (below 1: exc is faster). Run times in a shared VM vary by 10-15% from run to
# run, on both sides; the fastest of a few alternated runs is the least disturbed
# measure of each, and the median shows how far the noise went.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-50}
which=${2:-both}
rounds=${3:-3}
case $rounds in
'' | *[!0-9]* | 0) echo "parse.sh: ROUNDS is a positive number" >&2; exit 2 ;;
esac
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

# min and median of the numbers on stdin, "MIN MEDIAN"
min_median() {
    sort -g | awk '{ v[NR] = $1 } END { printf "%s %s\n", v[1], v[int((NR + 1) / 2)] }'
}

ratio() {
    awk -v a="$1" -v b="$2" -v what="$3" 'BEGIN {
        if (a <= 0 || b <= 0) { print "ratio: a time is zero"; exit }
        printf "ratio exc/elixir (%s): %.4f (exc %.2fx %s)\n", what, a / b,
               a < b ? b / a : a / b, a < b ? "faster" : "slower" }'
}

compare() {
    corpus=$1
    files=$(corpus_files "$corpus")
    count=$(echo "$files" | wc -l)
    exc_runs='' elixir_runs=''
    i=0
    while [ "$i" -lt "$rounds" ]; do
        # shellcheck disable=SC2086 # one word per file, the paths have no spaces
        exc_runs="$exc_runs $("$exc" parse --bench "$n" $files)"
        # shellcheck disable=SC2086
        elixir_runs="$elixir_runs $(elixir "$root/bench/parse_elixir.exs" "$n" $files)"
        i=$((i + 1))
    done
    # shellcheck disable=SC2086
    lex_s=$("$exc" parse --bench "$n" --lex $files)
    # shellcheck disable=SC2046,SC2086 # split into the four numbers on purpose
    set -- $(echo $exc_runs | tr ' ' '\n' | min_median) \
           $(echo $elixir_runs | tr ' ' '\n' | min_median)
    echo "parse ($corpus): $count files x $n, $rounds runs each"
    echo "exc:    fastest $1 s, median $2 s (lexer alone: $lex_s s)"
    echo "elixir: fastest $3 s, median $4 s"
    ratio "$1" "$3" fastest
    ratio "$2" "$4" median
}

case $which in
tests | code) compare "$which" ;;
both) compare tests; compare code ;;
*) echo "parse.sh: corpus is tests, code or both" >&2; exit 2 ;;
esac
