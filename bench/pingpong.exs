# Benchmark: 1,000,000 messages between two processes (500,000 round trips).
# Same program for exc and Elixir; bench/compare.sh reads the `elapsed_ms:` line.
defmodule PingPong do
  def pong do
    receive do
      {:ping, from} ->
        send(from, :pong)
        pong()

      :stop ->
        :ok
    end
  end

  def ping(_pid, 0), do: :ok

  def ping(pid, n) do
    send(pid, {:ping, self()})

    receive do
      :pong -> ping(pid, n - 1)
    end
  end
end

messages = 1_000_000
t0 = System.monotonic_time()
pid = spawn(&PingPong.pong/0)
PingPong.ping(pid, div(messages, 2))
send(pid, :stop)
t1 = System.monotonic_time()
IO.puts("messages: #{messages}")
IO.puts("elapsed_ms: #{System.convert_time_unit(t1 - t0, :native, :millisecond)}")
