pid = spawn(fn -> :timer.sleep(10000) end)
ref = Process.monitor(pid)
Process.exit(pid, :boom)

receive do
  {:DOWN, ^ref, :process, _, reason} -> IO.inspect(reason)
end
