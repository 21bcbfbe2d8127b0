defmodule M do
  def f(:a), do: 1
  def g(x), do: [f(x)]
end
M.g(:b)
