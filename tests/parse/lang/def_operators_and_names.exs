defmodule Ops do
  def a + b, do: {a, b}
  def unquote(:name)(x), do: x
  def f!(x), do: x
  def f?(x), do: x
  defmacro m(x), do: x
end
