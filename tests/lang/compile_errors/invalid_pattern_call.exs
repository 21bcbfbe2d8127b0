defmodule M do
  def f(x) do
    {a, x + 1} = {1, 2}
    a
  end
end
