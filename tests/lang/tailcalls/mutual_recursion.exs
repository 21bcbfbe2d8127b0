defmodule EvenOdd do
  def even?(0), do: true
  def even?(n), do: odd?(n - 1)
  def odd?(0), do: false
  def odd?(n), do: even?(n - 1)
end

IO.inspect(EvenOdd.even?(1_000_000))
IO.inspect(EvenOdd.odd?(1_000_001))
IO.inspect(EvenOdd.even?(7))
