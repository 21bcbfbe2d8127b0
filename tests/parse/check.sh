#!/bin/sh
# Checks one `exc parse` case against the expectation real Elixir recorded beside it
# (scripts/parse_ref.exs). Usage: check.sh EXC CASE.exs
#   CASE.out: exit status 0 and stdout byte-identical to CASE.out.
#   CASE.err: exit status 1; stderr's first line starts with
#             "CASE.exs:LINE:COL: error: " (LINE:COL from the .err file's first line;
#             with "column: any" only LINE must match) and stderr has a caret line.
# POSIX sh only: CTest's PASS_REGULAR_EXPRESSION alone would ignore the exit status.

exc=$1
src=$2
base=${src%.exs}

fail() {
    echo "FAIL $src: $*"
    exit 1
}

[ -x "$exc" ] || fail "exc binary not found at $exc (build the exc target first)"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/exc-parse.XXXXXX") || fail "mktemp failed"
trap 'rm -rf "$tmp"' EXIT

"$exc" parse "$src" >"$tmp/out" 2>"$tmp/err"
rc=$?

# Shows where the actual output first departs from the expected one.
show_difference() {
    at=$(cmp "$1" "$2" 2>/dev/null | sed -n 's/.*differ: [a-z]* \([0-9]*\),.*/\1/p')
    [ -n "$at" ] || at=1
    from=$((at > 80 ? at - 80 : 1))
    echo "first difference at byte $at; expected (from byte $from):"
    tail -c +"$from" "$1" | head -c 200; echo
    echo "actual (from byte $from):"
    tail -c +"$from" "$2" | head -c 200; echo
}

if [ -f "$base.out" ]; then
    if [ "$rc" -ne 0 ]; then
        head -n 20 "$tmp/err"
        fail "exit status $rc, expected 0"
    fi
    if ! cmp -s "$base.out" "$tmp/out"; then
        show_difference "$base.out" "$tmp/out"
        fail "stdout differs from $base.out"
    fi
elif [ -f "$base.err" ]; then
    loc=$(sed -n 1p "$base.err")
    line=${loc%%:*}
    column=$(sed -n 's/^column: //p' "$base.err")
    first=$(head -n 1 "$tmp/err")
    cat "$tmp/err"
    [ "$rc" -eq 1 ] || fail "exit status $rc, expected 1"
    if [ "$column" = any ]; then
        case "$first" in
            "$src:$line:"*": error: "*) ;;
            *) fail "first stderr line must start with '$src:$line:COL: error: '" ;;
        esac
    else
        case "$first" in
            "$src:$loc: error: "*) ;;
            *) fail "first stderr line must start with '$src:$loc: error: '" ;;
        esac
    fi
    grep -q '^[[:space:]]*\^' "$tmp/err" || fail "no caret line on stderr"
else
    fail "no $base.out or $base.err: run scripts/regen-parse.sh"
fi
echo "ok $src"
