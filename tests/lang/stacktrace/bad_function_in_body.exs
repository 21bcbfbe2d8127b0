defmodule M do
  def f(g) do
    x = g.(1)
    [x]
  end
end
M.f(:not_fun)
