defmodule M do
  def f(g) do
    x = g.(1)
    [x]
  end
  def h(g), do: g.(1)
end
try do
  M.h(fn a, b -> a + b end)
rescue
  e -> IO.inspect(e)
end
M.f(fn a, b -> a + b end)
