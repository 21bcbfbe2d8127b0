defmodule M do
  def f(x), do: missing_fun(x)
end
