defmodule E do
  defexception message: "custom"
end
defmodule M do
  def f(x) when is_integer(x), do: [raise(E)]
  def g(x) do
    y = f(x)
    [y]
  end
end
M.g(1)
