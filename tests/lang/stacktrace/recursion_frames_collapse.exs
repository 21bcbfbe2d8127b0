defmodule M do
  def d(0), do: raise "deep"
  def d(n), do: 1 + d(n - 1)
end
M.d(20)
