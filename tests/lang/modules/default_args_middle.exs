defmodule D do
  def f(a, b \\ :b, c), do: {a, b, c}
end

IO.inspect(D.f(1, 3))
IO.inspect(D.f(1, 2, 3))
