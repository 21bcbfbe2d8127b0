# Seed: ch_2.3 "Trapping EXITS", second cell.

# Un-killable exit trapper process
p =
  spawn(fn ->
    Process.flag(:trap_exit, true)
    :timer.sleep(:infinity)
  end)

IO.inspect(Process.alive?(p), label: "Process alive initially")

Process.exit(p, :normal)
:timer.sleep(100)
IO.inspect(Process.alive?(p), label: "After :normal exit signal")

Process.exit(p, :boom)
:timer.sleep(100)
IO.inspect(Process.alive?(p), label: "After :boom exit signal")

# Only a :kill exit signal can kill a process thats trapping exits.
Process.exit(p, :kill)
:timer.sleep(100)
IO.inspect(Process.alive?(p), label: "After :kill exit signal")
