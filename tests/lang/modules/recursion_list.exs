defmodule L do
  def sum([]), do: 0
  def sum([h | t]), do: h + sum(t)

  def rev(l), do: rev(l, [])
  defp rev([], acc), do: acc
  defp rev([h | t], acc), do: rev(t, [h | acc])

  def map([], _f), do: []
  def map([h | t], f), do: [f.(h) | map(t, f)]
end

IO.inspect(L.sum([1, 2, 3, 4]))
IO.inspect(L.rev([1, 2, 3]))
IO.inspect(L.map([1, 2, 3], fn x -> x * x end))
