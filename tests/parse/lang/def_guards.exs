defmodule G do
  def f(x) when is_integer(x) and x > 0, do: x
  def f(x) when is_binary(x) when is_atom(x), do: x
  defp g(x) when x in [1, 2] do
    x
  end
end
