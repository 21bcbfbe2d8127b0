# Benchmark: naive doubly recursive fib(32) (body calls, integer arithmetic).
# Same program for exc and Elixir; bench/compare.sh reads the `elapsed_ms:` line.
defmodule Fib do
  def fib(n) when n < 2, do: n
  def fib(n), do: fib(n - 1) + fib(n - 2)
end

n = 32
t0 = System.monotonic_time()
result = Fib.fib(n)
t1 = System.monotonic_time()
IO.puts("fib(#{n}) = #{result}")
IO.puts("elapsed_ms: #{System.convert_time_unit(t1 - t0, :native, :millisecond)}")
