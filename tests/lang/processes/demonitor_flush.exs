pid = spawn(fn -> :ok end)
ref = Process.monitor(pid)
Process.sleep(50)
IO.inspect(Process.demonitor(ref, [:flush]))

receive do
  {:DOWN, _, _, _, _} -> IO.puts("should not get DOWN")
after
  50 -> IO.puts("no DOWN after flush")
end
