defmodule G do
  # A guard that raises just fails the clause.
  def f(x) when hd(x) == 1, do: :head_one
  def f(x) when length(x) > 100 or is_atom(x), do: :weird
  def f(_), do: :fallback
end

IO.inspect(G.f([1, 2]))
IO.inspect(G.f(:atom))
IO.inspect(G.f(5))
IO.inspect(G.f([]))
