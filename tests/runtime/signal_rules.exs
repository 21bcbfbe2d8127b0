# Reference behaviour of the signal rules asserted one per test by
# tests/runtime/test_signal_links.c and test_signal_monitors.c.
# Run: elixir tests/runtime/signal_rules.exs   (output: signal_rules.out)
defmodule Rules do
  def down(pid) do
    ref = Process.monitor(pid)
    await_down(ref, pid)
  end

  # Monitor first, then act (so the DOWN carries the real reason).
  def down_after(pid, act) do
    ref = Process.monitor(pid)
    act.()
    await_down(ref, pid)
  end

  defp await_down(ref, pid) do
    receive do
      {:DOWN, r, :process, p, reason} when r == ref and p == pid -> {:down, reason}
    after 300 -> :alive
    end
  end

  def agent(trap) do
    me = self()
    spawn(fn ->
      Process.flag(:trap_exit, trap)
      send(me, :ready)
      loop(me)
    end)
    |> tap(fn _ -> receive do :ready -> :ok end end)
  end

  defp loop(parent) do
    receive do
      {:do, f} -> f.(); loop(parent)
      m -> send(parent, {:fwd, m}); loop(parent)
    end
  end

  def fwd do
    receive do {:fwd, m} -> m after 300 -> :none end
  end

  def run(name, f), do: IO.puts("#{name}: #{inspect(f.(), limit: :infinity) |> String.replace(~r/#PID<[0-9.]+>/, "pid") |> String.replace(~r/#Reference<[0-9.]+>/, "ref")}")
end

Rules.run("link_abnormal_exit_kills", fn ->
  a = Rules.agent(false); send(a, {:do, fn -> spawn_link(fn -> exit(:boom) end) end}); Rules.down(a) end)
Rules.run("link_normal_exit_ignored", fn ->
  a = Rules.agent(false); send(a, {:do, fn -> spawn_link(fn -> :ok end) end}); Rules.down(a) end)
Rules.run("link_bidirectional", fn ->
  a = Rules.agent(false); b = Rules.agent(false)
  send(a, {:do, fn -> Process.link(b) end}); Process.sleep(50)
  send(a, {:do, fn -> exit(:boom) end}); Rules.down(b) end)
Rules.run("trap_exit_message", fn ->
  a = Rules.agent(true); send(a, {:do, fn -> spawn_link(fn -> exit(:boom) end) end}); Rules.fwd() end)
Rules.run("trap_exit_normal_message", fn ->
  a = Rules.agent(true); send(a, {:do, fn -> spawn_link(fn -> :ok end) end}); Rules.fwd() end)
Rules.run("kill_untrappable", fn ->
  a = Rules.agent(true); Rules.down_after(a, fn -> Process.exit(a, :kill) end) end)
Rules.run("killed_propagates_as_killed", fn ->
  a = Rules.agent(false); b = Rules.agent(false)
  send(a, {:do, fn -> Process.link(b) end}); Process.sleep(50)
  Rules.down_after(b, fn -> Process.exit(a, :kill) end) end)
Rules.run("exit_reason_kill_over_link_is_trappable", fn ->
  a = Rules.agent(true); send(a, {:do, fn -> spawn_link(fn -> exit(:kill) end) end}); Rules.fwd() end)
Rules.run("exit_reason_kill_over_link_kills_non_trapping_with_kill", fn ->
  a = Rules.agent(false); send(a, {:do, fn -> spawn_link(fn -> exit(:kill) end) end}); Rules.down(a) end)
Rules.run("exit_other_normal_ignored", fn ->
  a = Rules.agent(false); Rules.down_after(a, fn -> Process.exit(a, :normal) end) end)
Rules.run("exit_other_normal_trapping_message", fn ->
  a = Rules.agent(true); Process.exit(a, :normal); Rules.fwd() end)
Rules.run("exit_self_normal_exits", fn ->
  a = Rules.agent(false); send(a, {:do, fn -> Process.exit(self(), :normal) end}); Rules.down(a) end)
Rules.run("exit_self_normal_trapping_message", fn ->
  a = Rules.agent(true); send(a, {:do, fn -> Process.exit(self(), :normal) end}); Rules.fwd() end)
Rules.run("exit_other_reason_kills", fn ->
  a = Rules.agent(false); Rules.down_after(a, fn -> Process.exit(a, :boom) end) end)
Rules.run("exit_other_reason_trapping_message", fn ->
  a = Rules.agent(true); Process.exit(a, :boom); Rules.fwd() end)
Rules.run("unlink_removes_link", fn ->
  a = Rules.agent(false); b = Rules.agent(false)
  send(a, {:do, fn -> Process.link(b); Process.unlink(b) end}); Process.sleep(50)
  Process.exit(b, :boom); Rules.down(a) end)
Rules.run("link_dead_not_trapping_fails", fn ->
  d = spawn(fn -> :ok end); Process.sleep(50)
  try do Process.link(d) rescue e -> e end end)
Rules.run("link_dead_trapping_noproc_message", fn ->
  d = spawn(fn -> :ok end); Process.sleep(50); Process.flag(:trap_exit, true)
  r = Process.link(d); m = receive do m -> m after 300 -> :none end
  Process.flag(:trap_exit, false); {r, m} end)
Rules.run("signal_order_kept", fn ->
  Process.flag(:trap_exit, true); me = self()
  spawn_link(fn -> send(me, :last_words); exit(:boom) end)
  m1 = receive do m -> m end; m2 = receive do m -> m end
  Process.flag(:trap_exit, false); [m1, m2] end)
Rules.run("monitor_down_message", fn ->
  p = spawn(fn -> receive do _ -> exit(:boom) end end); ref = Process.monitor(p); send(p, :go)
  receive do {:DOWN, x, :process, q, r} when x == ref and q == p -> {:DOWN, :process, r} end end)
Rules.run("monitor_dead_noproc", fn ->
  d = spawn(fn -> :ok end); Process.sleep(50); Rules.down(d) end)
Rules.run("demonitor_stops_down", fn ->
  a = Rules.agent(false); ref = Process.monitor(a); Process.demonitor(ref); Process.exit(a, :kill)
  receive do {:DOWN, x, _, _, _} = m when x == ref -> m after 200 -> :none end end)
Rules.run("demonitor_flush_removes_down", fn ->
  p = spawn(fn -> :ok end); ref = Process.monitor(p); send(self(), :before); Process.sleep(100)
  send(self(), :after); Process.demonitor(ref, [:flush])
  for _ <- 1..3, do: (receive do m -> m after 0 -> :none end) end)
Rules.run("demonitor_keeps_arrived_down", fn ->
  p = spawn(fn -> :ok end); ref = Process.monitor(p); Process.sleep(100); Process.demonitor(ref)
  receive do {:DOWN, x, :process, _, r} when x == ref -> {:DOWN, r} after 50 -> :none end end)
Rules.run("spawn_monitor_down", fn ->
  {p, ref} = spawn_monitor(fn -> exit(:badarg) end)
  receive do {:DOWN, x, :process, q, r} when x == ref and q == p -> r end end)
