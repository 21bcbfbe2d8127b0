# The process micro-benchmarks of bench/rt_proc.c, on the real BEAM: context switch
# (yield), spawn+exit, send+receive (ping-pong), spawn of waiting processes and
# resident bytes per waiting process. Same output format: "name value".
# Usage: elixir --erl "+P 4000000" bench/beam_proc.exs [waiting_count]
defmodule BeamProc do
  def rss_bytes do
    [_size, res | _] = File.read!("/proc/self/statm") |> String.split()
    String.to_integer(res) * 4096
  end

  def now, do: System.monotonic_time(:nanosecond)

  @yields 2_000_000
  def yielder(parent, 0), do: send(parent, :ok)
  def yielder(parent, n) do
    :erlang.yield()
    yielder(parent, n - 1)
  end

  def switch do
    me = self()
    spawn(fn -> yielder(me, @yields) end)
    spawn(fn -> yielder(me, @yields) end)
    t0 = now()
    receive do :ok -> :ok end
    receive do :ok -> :ok end
    IO.puts("context_switch_ns #{Float.round((now() - t0) / (2 * @yields), 1)}")
  end

  @spawns 300_000
  def spawn_exit do
    counter = :counters.new(1, [:write_concurrency])
    t0 = now()
    for _ <- 1..@spawns, do: spawn(fn -> :counters.add(counter, 1, 1) end)
    wait_count(counter, @spawns)
    IO.puts("spawn_exit_ns #{Float.round((now() - t0) / @spawns, 1)}")
  end

  defp wait_count(c, n) do
    if :counters.get(c, 1) < n do
      :erlang.yield()
      wait_count(c, n)
    end
  end

  @pings 1_000_000
  def ponger do
    receive do
      pid when is_pid(pid) -> send(pid, :ok); ponger()
      :stop -> :ok
    end
  end

  def pinger(_p, 0), do: :ok
  def pinger(p, n) do
    send(p, self())
    receive do :ok -> :ok end
    pinger(p, n - 1)
  end

  def pingpong do
    p = spawn(&ponger/0)
    t0 = now()
    pinger(p, @pings)
    IO.puts("send_receive_ns #{Float.round((now() - t0) / (2 * @pings), 1)}")
    send(p, :stop)
  end

  def waiting(n) do
    :erlang.garbage_collect()
    rss0 = rss_bytes()
    t0 = now()
    pids = for _ <- 1..n, do: spawn(fn -> receive do _ -> :ok end end)
    Process.sleep(200)
    us = (now() - t0 - 200_000_000) / 1000 / n
    rss1 = rss_bytes()
    IO.puts("spawn_waiting_us #{Float.round(us, 2)}")
    IO.puts("bytes_per_waiting_process #{round((rss1 - rss0) / n)}")
    Enum.each(pids, &send(&1, :ok))
  end
end

n = case System.argv() do
  [a | _] -> String.to_integer(a)
  _ -> 1_000_000
end
BeamProc.switch()
BeamProc.spawn_exit()
BeamProc.pingpong()
BeamProc.waiting(n)
