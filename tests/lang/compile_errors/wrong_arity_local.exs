defmodule M do
  def g(x), do: x
  def f(x), do: g(x, 1)
end
