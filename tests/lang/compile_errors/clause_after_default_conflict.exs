defmodule M do
  def f(a, b \\ 1), do: a + b
  def f(a, b \\ 2), do: a - b
end
