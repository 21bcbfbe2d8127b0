defmodule P do
  def run(x), do: x |> add(1) |> mul(3) |> wrap()
  defp add(x, y), do: x + y
  defp mul(x, y), do: x * y
  defp wrap(x), do: {:result, x}
end

IO.inspect(P.run(1))
