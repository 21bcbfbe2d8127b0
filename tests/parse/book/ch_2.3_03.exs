linked_process =
  spawn_link(fn ->
    exit(:normal)
    Process.sleep(60000)
  end)

:timer.sleep(100)
IO.inspect(Process.alive?(linked_process), label: "Linked process alive?")
