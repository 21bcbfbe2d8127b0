# Seed: ch_2.3, exit(:normal) in a linked process does not take the parent down.
linked_process =
  spawn_link(fn ->
    exit(:normal)
    Process.sleep(60000)
  end)

:timer.sleep(100)
IO.inspect(Process.alive?(linked_process), label: "Linked process alive?")
