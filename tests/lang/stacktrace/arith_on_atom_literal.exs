defmodule M do
  def f(x) do
    y = x + 1
    y + :a
  end
  def h(x), do: [f(x)]
end
M.h(1)
