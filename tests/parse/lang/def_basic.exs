defmodule Foo do
  def a, do: 1
  def b() do
    2
  end
  defp c(x), do: x
  def d(x, y) do
    x + y
  end
end
