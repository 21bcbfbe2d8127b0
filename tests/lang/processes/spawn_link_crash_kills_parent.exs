IO.puts("parent starting")
spawn_link(fn -> exit(:child_failed) end)
Process.sleep(200)
IO.puts("never printed")
