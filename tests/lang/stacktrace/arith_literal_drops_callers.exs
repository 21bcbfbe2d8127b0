defmodule M do
  def f(x) do
    x + :a
  end
  def h(x), do: [f(x)]
  def k(x), do: [h(x)]
end
M.k(1)
