defmodule M do
  def f(x) when x > 0, do: [g(x)]
  def g(x), do: [exit({:bad, x})]
end
IO.puts "start"
M.f(1)
IO.puts "not reached"
