defmodule M do
  def double(x), do: x * 2
  def apply_all(l), do: Enum.map(l, &double/1)
  def local_cap, do: &triple/1
  defp triple(x), do: x * 3
end

IO.inspect(M.apply_all([1, 2, 3]))
IO.inspect(M.local_cap().(5))
IO.inspect((&M.double/1).(8))
