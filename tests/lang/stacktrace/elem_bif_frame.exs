defmodule M do
  def f(t) do
    x = elem(t, 5)
    [x]
  end
end
M.f({1})
