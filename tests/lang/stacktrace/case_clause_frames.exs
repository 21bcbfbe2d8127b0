defmodule M do
  def f(x) do
    r = case x do
      1 -> :one
    end
    [r]
  end
end
M.f(2)
