defmodule Priv do
  def public(x), do: helper(x) * 2
  defp helper(x), do: x + 1
end

IO.inspect(Priv.public(4))
