defmodule M do
  def f(a <> "x"), do: a
end
