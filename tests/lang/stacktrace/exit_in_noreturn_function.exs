defmodule M do
  def f(x) do
    exit x
  end
  def g(x), do: [f(x)]
end
M.g(:b)
