# Seed: ch_2.3 "Process Linking", first cell: a crash in an unlinked process is
# reported by the logger (on stdout) and the parent carries on.
# Note: the main process of `elixir FILE.exs` is linked to one process of the runner.
unlinked_child_process = spawn(fn -> raise("BOOM! Unliked process crashed!") end) |> IO.inspect()

IO.inspect(Process.info(self(), :links))

:timer.sleep(100)

IO.puts("Parent process still alive!")
_ = unlinked_child_process
