defmodule M do
  def f(x), do: [apply(M, :g, [x])]
  def g(x), do: [raise("a #{x}")]
end
M.f(1)
