defmodule D do
  def f(a, b \\ 1)
  def f(a, b), do: a + b
  def g(opts \\ []) do
    opts
  end
  def h(a \\ %{}, b \\ nil) when is_map(a), do: {a, b}
end
