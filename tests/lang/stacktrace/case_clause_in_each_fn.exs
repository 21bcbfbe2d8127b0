defmodule M do
  def f(l), do: [Enum.each(l, fn x -> case x do 1 -> :ok end end)]
end
M.f([1, 2])
