#!/bin/sh
# All accepted cases (book/ and lang/ files with a .out) parsed by one `exc parse`
# process: stdout must be the .out files concatenated. Many parses in one process
# share the per-thread AST chunk and arena block (compiler/ast.c, front.c), which the
# one-file-per-process cases never reuse. Usage: check_all.sh EXC DIR
exc=$1
dir=$2
[ -x "$exc" ] || { echo "FAIL: exc binary not found at $exc"; exit 1; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/exc-parse-all.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
: >"$tmp/expected"
set --
for f in "$dir"/book/*.exs "$dir"/lang/*.exs; do
    [ -f "${f%.exs}.out" ] || continue
    cat "${f%.exs}.out" >>"$tmp/expected"
    set -- "$@" "$f"
done
[ $# -gt 100 ] || { echo "FAIL: only $# cases found under $dir"; exit 1; }
"$exc" parse "$@" >"$tmp/out" 2>"$tmp/err" || { head -n 20 "$tmp/err"; echo "FAIL: exit status"; exit 1; }
cmp "$tmp/expected" "$tmp/out" || { echo "FAIL: output differs from the .out files"; exit 1; }
echo "ok: $# files in one process"
