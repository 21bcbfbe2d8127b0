defmodule M do
  def f(x) do
    y = g(
      x,
      x + 1
    )
    [y]
  end
  def g(a, b) do
    if a > 0 do
      raise ArgumentError,
        message: "g #{a} #{b}"
    end
    a + b
  end
end
M.f(0) |> IO.inspect()
M.f(1)
