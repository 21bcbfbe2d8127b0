defmodule T do
  def fib(0, a, _b), do: a
  def fib(n, a, b), do: fib(n - 1, b, a + b)
end

IO.inspect(T.fib(300, 0, 1))
IO.inspect(T.fib(90, 0, 1))
