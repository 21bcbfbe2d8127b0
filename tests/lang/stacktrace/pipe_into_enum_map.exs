defmodule M do
  def f(l) do
    l
    |> Enum.map(&(&1 * 2))
    |> Enum.map(fn x -> if x > 4, do: raise("big #{x}"), else: x end)
    |> Enum.sum()
  end
end
IO.inspect M.f([1, 2, 3])
