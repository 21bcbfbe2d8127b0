# A variable repeated in one pattern (a head, a case clause, a fn clause, a receive
# clause) tests equality, also across arguments and nested positions.
defmodule R do
  def same(x, x), do: :same
  def same(_, _), do: :diff

  def pair({x, x}), do: :eq
  def pair({x, [x | _]}), do: :head_eq
  def pair({_, _}), do: :ne

  def deep({:a, {x, y}}, [y, x]), do: :crossed
  def deep({:a, {x, _}}, [x | _]), do: :first
  def deep(_, _), do: :none

  def three(x, x, x), do: :all
  def three(x, _, x), do: :ends
  def three(x, x, _), do: :front
  def three(_, x, x), do: :back
  def three(_, _, _), do: :none

  def in_map(%{k: x}, x), do: :map_eq
  def in_map(_, _), do: :map_ne

  def with_guard(x, x) when is_atom(x), do: :same_atom
  def with_guard(x, x), do: :same_other
  def with_guard(_, _), do: :diff
end

IO.inspect([R.same(1, 1), R.same(1, 2), R.same(1, 1.0), R.same([1], [1]), R.same(:a, :a)])
IO.inspect([R.pair({1, 1}), R.pair({1, [1, 2]}), R.pair({1, [2]}), R.pair({{}, {}})])
IO.inspect([R.deep({:a, {1, 2}}, [2, 1]), R.deep({:a, {1, 2}}, [1, 2]), R.deep({:a, {1, 2}}, [3])])
IO.inspect(for a <- 1..2, b <- 1..2, c <- 1..2, do: R.three(a, b, c))
IO.inspect([R.in_map(%{k: 1}, 1), R.in_map(%{k: 1}, 2)])
IO.inspect([R.with_guard(:a, :a), R.with_guard(1, 1), R.with_guard(1, 2)])

f = fn
  x, x -> :same
  _, _ -> :diff
end

IO.inspect([f.(3, 3), f.(3, 4)])

c = fn v ->
  case v do
    {x, x, x} -> :triple
    {x, x, _} -> :double
    {_, x, x} -> :double_back
    [x, x | rest] -> {:list, rest}
    _ -> :no
  end
end

IO.inspect(Enum.map([{1, 1, 1}, {1, 1, 2}, {2, 1, 1}, {1, 2, 3}, [5, 5, 6], [5, 6]], c))

send(self(), {:pair, 1, 2})
send(self(), {:pair, 3, 3})

receive do
  {:pair, x, x} -> IO.inspect({:received_equal, x})
end

receive do
  {:pair, x, y} -> IO.inspect({:received_other, x, y})
end
