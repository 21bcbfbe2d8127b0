defmodule M do
  def f(x) when custom?(x), do: x
end
