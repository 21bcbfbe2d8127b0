defmodule M do
  def f(x, y \\ 2) do
    z = x / y
    [z, raise("d #{x}")]
  end
  def g(x), do: [f(x)]
end
M.g(1)
