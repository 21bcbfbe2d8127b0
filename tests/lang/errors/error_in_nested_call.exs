defmodule Deep do
  def a(x), do: b(x) + 1
  def b(x), do: c(x) + 1
  def c(x), do: 10 / x
end

IO.inspect(Deep.a(2))
IO.inspect(Deep.a(0))
