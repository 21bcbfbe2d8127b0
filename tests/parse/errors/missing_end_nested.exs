defmodule M do
  def f(x) do
    case x do
      1 -> :one
  end
end
