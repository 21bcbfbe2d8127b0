defmodule M do
  def f(x) do
    {:ok, y} = x
    [y]
  end
  def g(x), do: [f(x)]
end
M.g(:b)
