result =
  defmodule M do
    def f, do: 1
  end

IO.inspect(elem(result, 0))
IO.inspect(elem(result, 1))
IO.inspect(elem(result, 3))
