pid = spawn_link(fn -> :done end)
Process.sleep(50)
IO.inspect(Process.alive?(pid))
IO.puts("parent alive")
