defmodule M do
  def f(m) do
    v = Map.fetch!(m, :b)
    [v]
  end
end
M.f(%{a: 1})
