defmodule Ping do
  def go(0, m), do: {:done, m}
  def go(n, m), do: m.go(n - 1, Pong)
end

defmodule Pong do
  def go(0, m), do: {:done, m}
  def go(n, m), do: m.go(n - 1, Ping)
end

IO.inspect(Ping.go(2_000_000, Pong))
