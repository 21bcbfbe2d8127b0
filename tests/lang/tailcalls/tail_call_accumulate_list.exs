defmodule T do
  def build(0, acc), do: acc
  def build(n, acc), do: build(n - 1, [n | acc])
end

l = T.build(1_000_000, [])
IO.inspect(length(l))
IO.inspect(Enum.take(l, 3))
