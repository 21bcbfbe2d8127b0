defmodule M do
  def f(x), do: raise "r #{x}"
  def h(x), do: [f(x)]
  def k(x), do: [h(x)]
end
M.k(1)
