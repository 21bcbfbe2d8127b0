defmodule M do
  def f(x) do
    n = String.to_integer(x)
    [n]
  end
end
M.f("zz")
