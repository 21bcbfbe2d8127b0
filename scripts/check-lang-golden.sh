#!/bin/sh
# Self-check of the golden programs: runs tests/lang/run_test.sh over every case of
# tests/lang and examples with real Elixir standing in for `exc run`, so a failure
# means the golden files (or the driver) are stale or a program is not deterministic.
# Usage: scripts/check-lang-golden.sh [FILE.exs...]
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
command -v elixir >/dev/null || { echo "check-lang-golden: elixir is not installed" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A stand-in for the exc binary: `fake run FILE ARGS...` is `elixir FILE ARGS...`.
cat >"$work/exc" <<'SH'
#!/bin/sh
[ "$1" = run ] || exit 2
shift
LANG=C.UTF-8 LC_ALL=C.UTF-8 exec elixir "$@"
SH
chmod +x "$work/exc"
if [ $# -eq 0 ]; then
  cd "$root" || exit 1
  # shellcheck disable=SC2046 # split on purpose: case file names have no spaces
  set -- $(find tests/lang examples -name '*.exs' | LC_ALL=C sort)
fi
pass=0 fail=0
for f in "$@"; do
  [ -f "${f%.exs}.out" ] || continue
  if out=$(sh "$root/tests/lang/run_test.sh" "$work/exc" "$f" 2>&1); then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    printf '%s\n' "$out"
  fi
done
echo "check-lang-golden: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
