IO.puts("parent starting")
spawn_link(fn -> raise "linked boom" end)
Process.sleep(200)
IO.puts("never printed")
