unlinked_child_process = spawn(fn -> raise("BOOM! Unliked process crashed!") end) |> IO.inspect()

IO.inspect(Process.info(self(), :links))

:timer.sleep(100)

IO.puts("Parent process still alive!")
