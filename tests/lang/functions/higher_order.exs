defmodule H do
  def twice(f, x), do: f.(f.(x))
  def compose(f, g), do: fn x -> g.(f.(x)) end
  def map([], _), do: []
  def map([h | t], f), do: [f.(h) | map(t, f)]
  def fold([], acc, _), do: acc
  def fold([h | t], acc, f), do: fold(t, f.(h, acc), f)
end

IO.inspect(H.twice(&(&1 * 3), 2))
IO.inspect(H.compose(&(&1 + 1), &(&1 * 10)).(4))
IO.inspect(H.map([1, 2], &to_string/1))
IO.inspect(H.fold([1, 2, 3], 0, &+/2))
