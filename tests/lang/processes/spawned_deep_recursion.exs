defmodule Deep do
  def depth(0), do: 0
  def depth(n), do: 1 + depth(n - 1)
end

parent = self()
spawn(fn -> send(parent, {:depth, Deep.depth(1_000_000)}) end)

receive do
  {:depth, d} -> IO.inspect(d)
end
