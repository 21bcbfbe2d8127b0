defmodule M do
  def f(l), do: Enum.map(l, fn x -> 10 / x end)
  def g(l) do
    r = f(l)
    [r]
  end
end
IO.inspect(M.g([1, 2]))
M.g([5, 0])
