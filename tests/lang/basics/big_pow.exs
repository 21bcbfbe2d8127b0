defmodule P do
  def pow(_b, 0), do: 1
  def pow(b, e), do: b * pow(b, e - 1)
end

IO.puts(P.pow(2, 64))
IO.puts(P.pow(2, 100))
IO.puts(P.pow(-3, 41))
IO.inspect(P.pow(2, 64) > P.pow(2, 63))
IO.inspect(P.pow(2, 64) - P.pow(2, 64) + 5)
IO.inspect(is_integer(P.pow(10, 30)))
