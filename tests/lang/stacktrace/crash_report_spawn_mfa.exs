defmodule M do
  def f(x), do: [g(x)]
  def g(x), do: [1 / x]
end
spawn(M, :f, [0])
Process.sleep(100)
