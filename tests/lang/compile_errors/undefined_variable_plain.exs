defmodule M do
  def f(x) do
    x + y
  end
end
