# Benchmark of multi-clause matching (issue 4, compiler/dtree.c): 20 clauses over
# {atom, x} / {atom, x, y}, 10M calls that hit late clauses. Compare the decision
# tree with the former clause-by-clause chain:
#   exc build bench/match_clauses.exs -o /tmp/mc_tree
#   EXC_DTREE=0 exc build bench/match_clauses.exs -o /tmp/mc_chain
#   time /tmp/mc_tree; time /tmp/mc_chain
defmodule B do
  def f({:k0, x}), do: x + 0
  def f({:k1, x, y}), do: x + y + 1
  def f({:k2, x}), do: x + 2
  def f({:k3, x, y}), do: x + y + 3
  def f({:k4, x}), do: x + 4
  def f({:k5, x, y}), do: x + y + 5
  def f({:k6, x}), do: x + 6
  def f({:k7, x, y}), do: x + y + 7
  def f({:k8, x}), do: x + 8
  def f({:k9, x, y}), do: x + y + 9
  def f({:k10, x}), do: x + 10
  def f({:k11, x, y}), do: x + y + 11
  def f({:k12, x}), do: x + 12
  def f({:k13, x, y}), do: x + y + 13
  def f({:k14, x}), do: x + 14
  def f({:k15, x, y}), do: x + y + 15
  def f({:k16, x}), do: x + 16
  def f({:k17, x, y}), do: x + y + 17
  def f({:k18, x}), do: x + 18
  def f({:k19, x, y}), do: x + y + 19
  def loop(0, _t, acc), do: acc
  def loop(n, {a, b, c, d} = t, acc) do
    loop(n - 1, t, rem(acc + f(a) + f(b) + f(c) + f(d), 1000003))
  end
end
IO.inspect(B.loop(2_500_000, {{:k18, 1}, {:k19, 2, 3}, {:k16, 1}, {:k17, 2, 1}}, 0))
