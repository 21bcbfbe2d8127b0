defmodule M do
  def f(x) do
    y = g(x)
    y + :a
  end
  def g(x), do: x
  def h(x), do: [f(x)]
end
M.h(1)
