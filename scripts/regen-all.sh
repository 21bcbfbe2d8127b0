#!/bin/sh
# Regenerates every expected output of the repository from real Elixir 1.14, in one
# go: parse goldens, language/example goldens, stdlib differential outputs, and the
# reference headers of the runtime's C unit tests. Each part has its own script or
# generator (named below) that can also be run alone. Needs `elixir` on PATH.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
command -v elixir >/dev/null || { echo "regen-all: elixir is not installed" >&2; exit 1; }

scripts/regen-parse.sh
scripts/regen-lang.sh
scripts/test-stdlib.sh --regen
elixir tests/inspect/gen.exs > tests/inspect/golden.txt
elixir tests/inspect/gen_ident_table.exs > runtime/src/term/inspect_ident_table.c
elixir tests/kernel/gen.exs > tests/kernel/kernel_ref.h
elixir tests/runtime/term_ref.exs > tests/runtime/term_ref.h
elixir tests/runtime/term_arith_ref.exs > tests/runtime/term_arith_ref.h
elixir tests/runtime/hamt_order_ref.exs > tests/runtime/hamt_order_ref.h
elixir tests/runtime/signal_rules.exs > tests/runtime/signal_rules.out
git status --short
