defmodule M do
  @factor 3
  def scale(l), do: Enum.map(l, &(&1 * @factor))
end

IO.inspect(M.scale([1, 2]))
