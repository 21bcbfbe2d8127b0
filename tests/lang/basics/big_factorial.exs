defmodule Fact do
  def fact(0), do: 1
  def fact(n) when n > 0, do: n * fact(n - 1)
end

IO.puts(Fact.fact(30))
IO.puts(Fact.fact(52))
IO.inspect(Fact.fact(25) == 15_511_210_043_330_985_984_000_000)
IO.inspect(div(Fact.fact(40), Fact.fact(38)))
