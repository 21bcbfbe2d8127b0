defmodule M do
  def f(l) do
    r = Enum.map(l, fn
      1 -> :one
      2 -> :two
    end)
    [r]
  end
end
M.f([1, 2, 3])
