#!/bin/sh
# Regenerates every expectation of tests/parse with real Elixir: re-extracts the book
# corpus (tests/parse/book, from $EXC_BOOK_DIR, default /work/shared/seeds/book, when
# present) and rewrites each case's .out/.err through scripts/parse_ref.exs.
#   scripts/regen-parse.sh          regenerate in place
#   scripts/regen-parse.sh --check  regenerate into a scratch copy and diff (exit 1
#                                   when the committed expectations are stale)
# Fails when a tests/parse/lang case is rejected or a tests/parse/errors case accepted.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
book=${EXC_BOOK_DIR:-/work/shared/seeds/book}
command -v elixir >/dev/null || { echo "regen-parse: elixir not installed" >&2; exit 2; }

# count DIR EXT: how many DIR/*.EXT files exist.
count() {
    c=0
    for f in "$1"/*."$2"; do
        [ -e "$f" ] && c=$((c + 1))
    done
    echo "$c"
}

# regen DIR: extract the book into DIR/book and write expectations under DIR.
regen() {
    if [ -d "$book" ]; then
        elixir "$root/scripts/extract_book.exs" "$book" "$1/book"
    else
        echo "regen-parse: $book not found; keeping the extracted book corpus" >&2
    fi
    # One VM for all files; Elixir's warnings about the inputs are not of interest.
    elixir "$root/scripts/parse_ref.exs" --write "$1"/book/*.exs "$1"/lang/*.exs \
        "$1"/errors/*.exs 2>/dev/null
    status=0
    for f in "$1"/lang/*.err; do
        [ -e "$f" ] && { echo "regen-parse: Elixir rejects ${f%.err}.exs" >&2; status=1; }
    done
    for f in "$1"/errors/*.out; do
        [ -e "$f" ] && { echo "regen-parse: Elixir accepts ${f%.out}.exs" >&2; status=1; }
    done
    for s in book lang errors; do
        n=$(count "$1/$s" exs)
        o=$(count "$1/$s" out)
        e=$(count "$1/$s" err)
        echo "tests/parse/$s: $n cases, $o accepted (.out), $e rejected (.err)"
    done
    return $status
}

if [ "${1:-}" = --check ]; then
    tmp=$(mktemp -d "${TMPDIR:-/tmp}/regen-parse.XXXXXX")
    trap 'rm -rf "$tmp"' EXIT
    cp -R "$root/tests/parse/book" "$root/tests/parse/lang" "$root/tests/parse/errors" "$tmp/"
    regen "$tmp"
    diff -r "$root/tests/parse/book" "$tmp/book" &&
        diff -r "$root/tests/parse/lang" "$tmp/lang" &&
        diff -r "$root/tests/parse/errors" "$tmp/errors" &&
        echo "regen-parse: expectations are up to date"
else
    regen "$root/tests/parse"
fi
