defmodule M do
  def f(l), do: [Enum.map(l, &g/1)]
  def g(x), do: raise "g #{x}"
end
M.f([1])
