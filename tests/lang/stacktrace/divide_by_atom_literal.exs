defmodule M do
  def f(x), do: [x / :a]
  def g(x) do
    y = f(x)
    [y]
  end
end
try do
  M.g(1)
rescue
  e -> IO.inspect(e)
end
M.g(2)
