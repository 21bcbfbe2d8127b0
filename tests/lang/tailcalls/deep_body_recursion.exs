defmodule Deep do
  def sum(0), do: 0
  def sum(n), do: n + sum(n - 1)
end

IO.inspect(Deep.sum(1_000_000))
