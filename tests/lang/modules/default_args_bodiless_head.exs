defmodule D do
  def join(a, b, sep \\ " ")
  def join(a, nil, _sep), do: a
  def join(a, b, sep), do: a <> sep <> b
end

IO.inspect(D.join("a", "b"))
IO.inspect(D.join("a", nil))
IO.inspect(D.join("a", "b", "-"))
IO.inspect(function_exported?(D, :join, 2))
IO.inspect(function_exported?(D, :join, 3))
