defmodule M do
  def f(l) do
    r = Enum.map(l, fn x -> 10 / x end)
    [r]
  end
end
M.f([1, 0])
