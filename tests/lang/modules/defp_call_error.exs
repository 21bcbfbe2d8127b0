defmodule Priv do
  def public(x), do: helper(x)
  defp helper(x), do: x
end

IO.inspect(Priv.public(1))
Priv.helper(1)
