defmodule M do
  def f(x) do
    y = x + 1
    z = [y,
         y * 2,
         y * * 3]
    z
  end
end
