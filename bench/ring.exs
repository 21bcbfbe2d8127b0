# Benchmark: a ring of 503 processes passing a token 5,000,000 times (the classic
# "thread ring"; ~1.5 s on BEAM on the 2-core machines); the process holding the
# token when it reaches 0 reports its position. Same program for exc and Elixir;
# bench/compare.sh reads the `elapsed_ms:` line.
defmodule Ring do
  def start(size, parent) do
    first = self()
    next = spawn_chain(size - 1, first, parent)
    relay(next, 1, parent)
  end

  # Spawns the rest of the ring; the last process points back at the first.
  defp spawn_chain(0, first, _parent), do: first

  defp spawn_chain(k, first, parent) do
    rest_pos = k + 1
    next = spawn_chain(k - 1, first, parent)
    spawn(fn -> relay(next, rest_pos, parent) end)
  end

  def relay(next, pos, parent) do
    receive do
      0 ->
        send(parent, {:done, pos})

      n ->
        send(next, n - 1)
        relay(next, pos, parent)
    end
  end
end

size = 503
hops = 5_000_000
parent = self()
t0 = System.monotonic_time()
first = spawn(fn -> Ring.start(size, parent) end)
send(first, hops)

pos =
  receive do
    {:done, pos} -> pos
  end

t1 = System.monotonic_time()
IO.puts("ring: #{size} processes, #{hops} hops, token ends at process #{pos}")
IO.puts("elapsed_ms: #{System.convert_time_unit(t1 - t0, :native, :millisecond)}")
