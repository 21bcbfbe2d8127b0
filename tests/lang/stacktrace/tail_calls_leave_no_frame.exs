defmodule M do
  def a(x), do: b(x)
  def b(x), do: c(x)
  def c(x), do: raise ArgumentError, "t #{x}"
end
M.a(1)
